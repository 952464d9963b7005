check-err-calc = { $id }: check: the calculator failed: { $detail }
check-err-pointer = { $id }: check: result pointer { $pointer } finds nothing in the calculator's JSON
check-err-type = { $id }: check: option { $option } has a value of another type than the result { $result }
check-err-keyed-not-selected = { $id }: check: option { $option } is keyed but the model's result is { $result }
check-err-selected-not-keyed = { $id }: check: option { $option } matches the model's result { $result } but is not keyed
check-err-key-without-value = { $id }: check: every keyed option needs a value
