-- Registry of vulnerable people, green cards and outreach: who may import, issue, edit and view.
INSERT INTO role_permission (role_code, permission)
SELECT 'CENTRE_DIRECTOR', p FROM unnest(ARRAY['registry:import', 'registry:view', 'greencard:issue', 'outreach:edit', 'outreach:view']) p
ON CONFLICT DO NOTHING;
INSERT INTO role_permission (role_code, permission)
SELECT 'INTAKE_OFFICER', p FROM unnest(ARRAY['registry:import', 'registry:view', 'greencard:issue', 'outreach:edit', 'outreach:view']) p
ON CONFLICT DO NOTHING;
INSERT INTO role_permission (role_code, permission)
SELECT r, p FROM unnest(ARRAY['SUPERVISOR', 'QUALITY_OFFICER', 'OBJECTION_HANDLER']) r,
                 unnest(ARRAY['registry:view', 'outreach:view']) p
ON CONFLICT DO NOTHING;
INSERT INTO role_permission (role_code, permission)
SELECT 'WORKSTATION_STAFF', p FROM unnest(ARRAY['registry:view', 'outreach:edit', 'outreach:view']) p
ON CONFLICT DO NOTHING;
