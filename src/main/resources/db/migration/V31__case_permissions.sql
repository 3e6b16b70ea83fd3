-- Case permissions of the centre director (who also reviews and assigns in small centres) and supervisors.
INSERT INTO role_permission (role_code, permission)
SELECT 'CENTRE_DIRECTOR', p FROM unnest(ARRAY['case:intake', 'case:review', 'case:assign']) p
ON CONFLICT DO NOTHING;
INSERT INTO role_permission (role_code, permission) VALUES ('ASSIGNMENT_OFFICER', 'case:review') ON CONFLICT DO NOTHING;
