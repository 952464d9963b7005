learner-road-bad-exam = Unknown exam “{ $value }” for --exam. Accepted values: clf-c02, saa-c03.
learner-road-bad-domain = Unknown domain “{ $value }” for --domain. Use an exam domain or task statement such as saa-c03:2 or saa-c03:2.1 (SAA-C03 domains 1–4, CLF-C02 domains 1–4).
learner-road-no-goal-hint = No exam chosen: new items start with cloud foundations, then mix both exams. Choose one with `awsdrill goal set saa-c03` or `awsdrill study --exam clf-c02`.
