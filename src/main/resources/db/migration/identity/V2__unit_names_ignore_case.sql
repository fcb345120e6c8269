-- Unit names are unique within a municipality regardless of case: "Jobhuset" and "jobhuset"
-- would be the same unit to a reader. The application checks first and names the field; this
-- index is the backstop against two administrators creating the same name at once.
create unique index unit_name_ignore_case on identity.unit (municipality_code, lower(name));
