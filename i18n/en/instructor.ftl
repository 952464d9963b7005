# Profiles, quiz files and attempts, gradebooks (issue 11).

profile-db-source = the own database of profile { $name }, in the profiles folder beside the database { $origin } names
