# EC2 model (src/model/ec2): lifecycle steps, notes, instance type names, `calc ec2`, templates.
# $state is an API state name (running, shutting-down, ...); $code its numeric code; $api an API call.

## Resources
ec2-res-private-ip = Private IP addresses
ec2-res-public-ipv4 = Public IPv4 address
ec2-res-eip = Elastic IP address
ec2-res-instance-store = Instance store
ec2-res-ebs-root = EBS root volume

## Lifecycle steps
ec2-step-initial = The instance is in the { $state } state (code { $code }).
ec2-step-accepted = { $api } is accepted from the { $state } state.
ec2-step-refused-start-terminated = A terminated instance can never be started again: AWS refuses with IncorrectInstanceState.
ec2-step-refused-assumed = [model assumption] { $api } is accepted only from the { $valid } state, not from { $state }. AWS does not document the error for this call; the model assumes IncorrectInstanceState.
ec2-step-refused-shutdown = [model convention] A shutdown from inside the operating system needs a running instance ({ $valid }); in the { $state } state nothing can run it, so the model treats it as refused with IncorrectInstanceState.
ec2-step-refused-instance-store = [model assumption] An instance-store-backed instance cannot be stopped or hibernated, so it stays { $state }. AWS does not document this error code; the model assumes UnsupportedOperation.
ec2-step-refused-protection = [model assumption] Termination protection is on, so TerminateInstances is refused and the instance stays { $state }. The error code OperationNotPermitted is the model's assumption.
ec2-step-refused-error = The request is refused with { $error }; the instance stays { $state }.
ec2-step-stopping-assumed-plain = [model convention] The model assumes a stopping instance is doing an ordinary stop, not a hibernation, so its stopping time is shown as not billed.
ec2-step-reboot-ignored = AWS ignores requests to reboot terminated instances: nothing happens and the instance stays terminated.
ec2-step-reboot-ignored-ok = [model convention] AWS returns no error for an ignored reboot, so the model reports it as ok with no error and marks it as ignored.
ec2-step-reboot-stays-running = A reboot keeps the instance in the running state: there is no "rebooting" state, and no new billing period (no new 60-second minimum) begins.
ec2-step-terminate-repeat = The instance is already terminated; repeating TerminateInstances is harmless and changes nothing.
ec2-step-terminate-already-shutting-down = [model convention] The instance is already shutting down; it goes on to terminated, and the model lists no further intermediate state.
ec2-step-hibernate-memory = Hibernation writes the contents of memory (RAM) to the EBS root volume; they are restored when the instance starts again.
ec2-step-through-billed = It passes through { $state } (code { $code }); instance usage is billed here.
ec2-step-through-not-billed = It passes through { $state } (code { $code }); instance usage is not billed here.
ec2-step-through-hibernating = It passes through { $state } (code { $code }) while memory is saved; because the instance is hibernating, this stopping time IS billed.
ec2-step-final-billed = It ends in the { $state } state (code { $code }); instance usage is billed per second.
ec2-step-final-not-billed = It ends in the { $state } state (code { $code }); instance usage is not billed, but attached EBS volumes still are.
ec2-step-final-terminated = It ends in the terminated state (code { $code }) for good: no more instance usage is billed and it can never be started again.
ec2-step-start-billing = Each start begins a new billing period: billed per second, with a minimum of 60 seconds.
ec2-step-stop-billing = Instance billing ends with the stop (stopping is billed only when hibernating); attached EBS volumes are still billed while the instance is stopped.
ec2-step-ipv4-charge = Since February 2024 AWS charges for every public IPv4 address, Elastic IP addresses included, whether or not it is attached to a running instance.
ec2-step-shutdown-stop = The shutdown from inside the OS follows the instance's shutdown behaviour, which is stop (the default).
ec2-step-shutdown-terminate = The shutdown from inside the OS follows the instance's shutdown behaviour, which is set to terminate.
ec2-step-shutdown-store = An instance-store-backed instance always terminates when it is shut down from inside the OS.
ec2-step-protection-not-for-shutdown = Termination protection does not prevent a termination started by a shutdown from inside the OS.

## Notes: public IPv4, Elastic IP, instance store, EBS
ec2-note-unchanged = { $what }: unchanged, because the action has no effect.
ec2-note-ipv4-kept = Public IPv4 address: an auto-assigned address is kept.
ec2-note-ipv4-released-stop = Public IPv4 address: an auto-assigned address is released; the instance gets a different one when it starts again.
ec2-note-ipv4-new = Public IPv4 address: a new auto-assigned address is given at start; it differs from the one before the stop.
ec2-note-ipv4-released-terminate = Public IPv4 address: an auto-assigned address is released for good.
ec2-note-eip-kept = Elastic IP address: stays associated with the instance (and is charged like every public IPv4 address).
ec2-note-eip-disassociated = Elastic IP address: disassociated, but still allocated to your account (and still charged) until you release it.
ec2-note-store-kept = Instance store: the data is kept.
ec2-note-store-lost-stop = Instance store: the data is lost when the instance stops or hibernates.
ec2-note-store-empty = Instance store: the volumes start empty; data from before the stop is gone.
ec2-note-store-lost-terminate = Instance store: the data is lost.
ec2-note-ebs-kept = EBS: the root volume and its data are kept.
ec2-note-ebs-stop = EBS: the root volume stays attached with its data, and is still billed while the instance is stopped.
ec2-note-ebs-hibernate = EBS: the root volume keeps its data plus the saved memory, and is still billed while the instance is stopped.
ec2-note-ebs-start = EBS: the root volume is kept with its data (a hibernated instance resumes from the memory saved on it).
ec2-note-ebs-terminate = EBS: the root volume is deleted by default (its DeleteOnTermination is true); volumes with DeleteOnTermination set to false are kept.

## Instance type names
ec2-cap-a = AMD processor
ec2-cap-g = AWS Graviton processor
ec2-cap-i = Intel processor
ec2-cap-d = local NVMe instance-store disks
ec2-cap-n = network optimised
ec2-cap-b = block storage (EBS) optimised
ec2-cap-e = extra memory or storage
ec2-cap-z = high frequency
ec2-cat-general = general purpose
ec2-cat-compute = compute optimised
ec2-cat-memory = memory optimised
ec2-cat-accelerated = accelerated computing (GPUs and other accelerators)
ec2-cat-storage = storage optimised
ec2-cat-hpc = high-performance computing
ec2-type-err-empty = the instance type name is empty
ec2-type-err-no-dot = a '.' must separate the family part from the size (e.g. c5n.xlarge)
ec2-type-err-size = size "{ $size }" is not one of nano, micro, small, medium, large, xlarge, Nxlarge (N ≥ 2), metal, metal-Nxl
ec2-type-err-no-family = the name must start with family letters (e.g. c, m, hpc, inf)
ec2-type-err-family = family "{ $family }" is unknown; known families: { $known }
ec2-type-err-generation = a generation number must follow the family letters (e.g. the 5 in c5n)
ec2-type-err-capability = "{ $letter }" is not a capability letter the model knows (a, g, i, d, n, b, e, z, or -flex)
ec2-type-err-repeated = capability letter "{ $letter }" appears twice
ec2-type-err-unexpected = "{ $text }" does not fit the grammar family, generation, capabilities[-flex], '.', size

## calc ec2
ec2-calc-bad-state = unknown instance state "{ $value }"; accepted: { $accepted } (there is no "rebooting" state: a rebooting instance stays running)
ec2-calc-bad-action = unknown action "{ $value }"; accepted: { $accepted }
ec2-calc-bad-type = cannot read instance type "{ $value }": { $reason }
ec2-calc-need-args = give --state STATE and --action ACTION (or --type NAME to decode an instance type)
ec2-calc-heading = { $api } on an instance in the { $state } state
ec2-calc-result-ok = Result: { $final }
ec2-calc-result-ignored = Result: ignored; the instance stays { $final }
ec2-calc-result-refused = Result: refused ({ $error }); the instance stays { $final }
ec2-calc-path = Path: { $path }
ec2-calc-notes = What happens to addresses and storage:
ec2-calc-type-heading = Instance type { $name }
ec2-calc-type-family = Family: { $family } ({ $category })
ec2-calc-type-generation = Generation: { $generation }
ec2-calc-type-no-generation = Generation: none in the name
ec2-calc-type-capability = Capability { $letter }: { $meaning }
ec2-calc-type-no-capability = No capability letters
ec2-calc-type-flex = -flex: a Flex instance (most of the performance at a lower price)
ec2-calc-type-memory = Memory: { $tib } TiB (high-memory instance)
ec2-calc-type-chip = Apple chip: { $chip }
ec2-calc-type-accelerator = Accelerator variant: { $model }
ec2-calc-type-size = Size: { $size }
ec2-calc-type-size-metal = Size: metal (the whole physical server, no hypervisor)

## Exercise options
ec2-opt-ends = It ends in the { $state } state.
ec2-opt-refused = The call is refused (IncorrectInstanceState) and the instance stays { $state }.
ec2-opt-ignored = The request is silently ignored and the instance stays { $state }.
ec2-opt-rebooting = It moves to a "rebooting" state, then back to running.
ec2-opt-hibernated = It ends in a "hibernated" state.
ec2-opt-billed = Yes: instance usage is billed per second for this time.
ec2-opt-not-billed-ebs = No instance usage is billed; attached EBS volumes are still billed.
ec2-opt-nothing-billed = Nothing at all is billed, neither the instance nor its EBS volumes.
ec2-opt-billed-hourly = Yes, billed by the full hour (at least one hour).
ec2-opt-gpu = a GPU
ec2-opt-arm = an Arm processor
ec2-opt-burstable = burstable CPU performance
ec2-opt-dedicated = runs on dedicated hardware
ec2-opt-enhanced-networking = enhanced networking
ec2-surv-private-ip = Its private IP addresses
ec2-surv-public-ipv4 = The same auto-assigned public IPv4 address
ec2-surv-eip = The Elastic IP address (still allocated to your account)
ec2-surv-store = The data on its instance store volume
ec2-surv-ebs = The EBS root volume and its data

## Exercise context
ec2-ctx-start = The instance starts.
ec2-ctx-run = It runs for { $seconds } seconds.
ec2-ctx-reboot = It is rebooted.
ec2-ctx-stop = It is stopped.
ec2-ctx-setup = The instance is EBS-backed and has an auto-assigned public IPv4 address, an associated Elastic IP address and an instance store volume; DeleteOnTermination is left at its default.

## Exercise explanations
ec2-expl-billed = Instance usage is billed while the instance is { $state }.
ec2-expl-not-billed = Instance usage is not billed while the instance is { $state }.
ec2-expl-stopping-hibernate = The stopping state is billed only when the instance is hibernating (memory is being saved to EBS); an ordinary stop is not billed.
ec2-expl-ebs-always = Attached EBS volumes are billed in every state until they are deleted, and every public IPv4 address is charged (since February 2024).
ec2-expl-period = Billing period { $n }: ran { $ran } s, billed { $billed } s (per second, at least { $min } s per start).
ec2-expl-reboot-same-period = A reboot does not start a new billing period, so the time before and after it counts as one period.
ec2-expl-total = Total billed: { $total } seconds.
ec2-expl-type = { $type }: family { $family } ({ $category }).
ec2-expl-letter = The letter { $letter } means: { $meaning }.
ec2-fate-kept = { $what }: kept.
ec2-fate-replaced = { $what }: released at stop; a different one is assigned at start.
ec2-fate-released = { $what }: released with the instance.
ec2-fate-disassociated = { $what }: disassociated, but still allocated to your account.
ec2-fate-lost = { $what }: the data is lost.
ec2-fate-deleted = { $what }: deleted, because DeleteOnTermination is true by default for the root volume.

## Misconceptions
ec2-mis-rebooting-state = There is no "rebooting" state: a rebooting instance stays running throughout.
ec2-mis-hibernated-state = There is no "hibernated" state: a hibernated instance is simply stopped, with its memory saved on the EBS root volume.
ec2-mis-ignored = AWS silently ignores only one kind of request: a reboot of a terminated instance.
ec2-mis-thought-refused = You thought { $api } is refused in the { $state } state, but AWS accepts it from there.
ec2-mis-reboot-not-error = Rebooting a terminated instance returns no error: AWS ignores the request.
ec2-mis-start-terminated = A terminated instance can never be started again; only a stopped one can.
ec2-mis-starts-it = { $api } does not start a stopped instance; only StartInstances does.
ec2-mis-not-refused = You thought { $api } works in the { $state } state, but it is accepted only from { $valid }.
ec2-mis-reboot-revives = A reboot cannot bring back a terminated instance.
ec2-mis-transitional-final = { $state } is a transitional state the instance passes through, not where it ends.
ec2-mis-stop-terminates = You confused stop with terminate: a stopped instance still exists and can be started again.
ec2-mis-terminate-stops = You confused terminate with stop: a terminated instance is deleted for good.
ec2-mis-reboot-pending = A reboot does not go through pending as a start does: the instance stays running.
ec2-mis-running-not-billed = A running instance is always billed for instance usage.
ec2-mis-hibernate-stopping-free = You missed the hibernate nuance: while a hibernating instance is stopping, it IS billed.
ec2-mis-stopping-always-billed = The stopping state is billed only when hibernating; an ordinary stop is not billed.
ec2-mis-stopped-billed = You thought stopped instances are billed for compute; only their EBS volumes (and public IPv4 addresses) are.
ec2-mis-pending-billed = Billing starts when the instance is running, not while it is pending.
ec2-mis-shutting-down-billed = The shutting-down state is not billed as instance usage.
ec2-mis-nothing-billed = You forgot that EBS volumes are billed on their own, even when the instance is not.
ec2-mis-hourly = Instance usage is billed per second (minimum 60 seconds per start), not by the hour.
ec2-mis-no-minimum = You forgot the 60-second minimum each time the instance starts.
ec2-mis-reboot-new-period = You treated the reboot as a new start: a reboot does not begin a new billing period or a new minimum.
ec2-mis-g-gpu = You confused the letter g (AWS Graviton) with GPU; GPU instances are the g and p families, named by the first letters.
ec2-mis-a-arm = The letter a means AMD, not Arm; Arm-based Graviton processors are the letter g.
ec2-mis-b-burstable = The letter b means block-storage optimised; burstable instances are the t family.
ec2-mis-d-dedicated = The letter d means local NVMe instance-store disks, not dedicated hardware.
ec2-mis-e-enhanced = The letter e means extra memory or storage, not enhanced networking.
ec2-mis-other-letter = That is what the letter { $other } means ({ $meaning }), not this letter.
ec2-mis-stop-keeps-public-ip = You thought a stop keeps the public IP: an auto-assigned public IPv4 address is released and a new one is given at start; use an Elastic IP address to keep one.
ec2-mis-terminate-keeps-ip = An auto-assigned public IPv4 address is released when the instance terminates.
ec2-mis-hibernate-keeps-store = Hibernation saves memory to EBS, but instance store data is still lost.
ec2-mis-store-survives-stop = You thought instance store survives a stop: its data is lost when the instance stops.
ec2-mis-store-survives-terminate = Instance store data is lost when the instance terminates.
ec2-mis-private-ip-terminate = Private IP addresses are released when the instance terminates.
ec2-mis-ebs-root-terminate = The root volume's DeleteOnTermination is true by default, so it is deleted when the instance terminates.
ec2-mis-eip-lost = An Elastic IP address stays allocated to your account.
