-- Demo data for the console screenshots and the 100,000-user measurement (README, "The admin
-- console"). Load it into a development database only, after Roster has migrated it:
--   psql -h localhost -p 55432 -U roster roster -f src/site/demo-data.sql
-- 100,000 users (about 6% inactive) with a work email, six groups with members, and 30 days of
-- provisioning history as an Okta token would have left it.
BEGIN;
CREATE TEMP TABLE first_names(n) AS VALUES ('Ada'),('Bola'),('Chen'),('Dana'),('Elif'),('Farid'),('Grace'),('Hiro'),('Ines'),('Jonas'),('Kemi'),('Luca'),('Maya'),('Nils'),('Omar'),('Priya'),('Quinn'),('Rosa'),('Sven'),('Tara');
CREATE TEMP TABLE last_names(n) AS VALUES ('Okafor'),('Lindqvist'),('Moreau'),('Tanaka'),('Silva'),('Novak'),('Haddad'),('Kowalski'),('Byrne'),('Petrov'),('Yilmaz'),('Costa'),('Fischer'),('Mensah'),('Larsen'),('Rossi'),('Dubois'),('Park'),('Ortiz'),('Walsh');
INSERT INTO scim_user (id, user_name, external_id, display_name, name_given, name_family, name_formatted, active, title, department, created_at, last_modified, version)
SELECT md5('demo-user-' || i)::uuid,
       lower(f.n || '.' || l.n || i) || '@acme.example',
       '00u' || substr(md5('ext' || i), 1, 17),
       f.n || ' ' || l.n, f.n, l.n, f.n || ' ' || l.n,
       i % 17 <> 0,
       (ARRAY['Engineer','Account Executive','Support Specialist','Analyst','Designer','Manager'])[1 + i % 6],
       (ARRAY['Engineering','Sales','Support','Finance','Design','Operations'])[1 + i % 6],
       now() - (i % 30) * interval '1 day', now() - (i % 30) * interval '1 day', 1
FROM generate_series(1, 100000) i
JOIN LATERAL (SELECT n FROM first_names OFFSET (i % 20) LIMIT 1) f ON true
JOIN LATERAL (SELECT n FROM last_names OFFSET ((i / 20) % 20) LIMIT 1) l ON true
ON CONFLICT DO NOTHING;
INSERT INTO scim_user_value (user_id, attribute, position, value, type, is_primary)
SELECT id, 'emails', 0, user_name, 'work', true FROM scim_user
WHERE id IN (SELECT md5('demo-user-' || i)::uuid FROM generate_series(1, 100000) i)
  AND NOT EXISTS (SELECT 1 FROM scim_user_value v WHERE v.user_id = scim_user.id);
INSERT INTO scim_group (id, display_name, external_id, created_at, last_modified, version)
SELECT md5('demo-group-' || g)::uuid, g, '00g' || substr(md5(g), 1, 17), now() - interval '29 days', now(), 1
FROM unnest(ARRAY['Engineering','Sales','Support','Finance','Design','Console admins']) g
ON CONFLICT DO NOTHING;
INSERT INTO group_member (group_id, user_id)
SELECT md5('demo-group-' || (ARRAY['Engineering','Sales','Support','Finance','Design','Engineering'])[1 + i % 6])::uuid, md5('demo-user-' || i)::uuid
FROM generate_series(1, 100000) i
UNION ALL
SELECT md5('demo-group-Console admins')::uuid, md5('demo-user-' || i)::uuid FROM generate_series(1, 100000, 2500) i
ON CONFLICT DO NOTHING;
INSERT INTO role_access (group_id, area, level) VALUES
  (md5('demo-group-Engineering')::uuid, 'console', 'view'), (md5('demo-group-Engineering')::uuid, 'datasets', 'edit'), (md5('demo-group-Engineering')::uuid, 'features', 'edit'),
  (md5('demo-group-Sales')::uuid, 'console', 'view'), (md5('demo-group-Sales')::uuid, 'users', 'view'),
  (md5('demo-group-Support')::uuid, 'console', 'view'), (md5('demo-group-Support')::uuid, 'users', 'edit'), (md5('demo-group-Support')::uuid, 'audit', 'view'),
  (md5('demo-group-Finance')::uuid, 'console', 'view'), (md5('demo-group-Finance')::uuid, 'datasets', 'view'),
  (md5('demo-group-Console admins')::uuid, 'console', 'admin'), (md5('demo-group-Console admins')::uuid, 'users', 'admin'), (md5('demo-group-Console admins')::uuid, 'roles', 'admin'), (md5('demo-group-Console admins')::uuid, 'audit', 'admin')
ON CONFLICT DO NOTHING;
INSERT INTO audit_entry (occurred_at, actor_type, actor_id, actor_name, action, target_type, target_id, target_name, outcome, summary)
SELECT now() - d * interval '1 day' - (k % 480) * interval '1 minute', 'token', md5('demo-token')::uuid::text, 'Okta production',
       CASE WHEN k % 9 = 0 THEN 'group.member.added' WHEN k % 13 = 0 THEN 'user.deactivated' WHEN k % 3 = 0 THEN 'user.created' ELSE 'user.updated' END,
       CASE WHEN k % 9 = 0 THEN 'Group' ELSE 'User' END,
       md5('demo-user-' || (d * 1000 + k))::uuid::text,
       CASE WHEN k % 9 = 0 THEN 'Engineering' ELSE 'demo' || (d * 1000 + k) || '@acme.example' END,
       'success', 'demo history'
FROM generate_series(1, 29) d, generate_series(1, 400) k
WHERE k <= 40 + (abs(hashtext(d::text)) % 300) * (CASE WHEN extract(isodow FROM now() - d * interval '1 day') > 5 THEN 0.2 ELSE 1 END);
COMMIT;
ANALYZE scim_user, scim_user_value, scim_group, group_member, role_access, audit_entry;
