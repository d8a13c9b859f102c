-- A million provisioning-log entries over the last 14 days from two tokens, for the Provisioning
-- page's benchmark (README, "Provisioning log"). About 1 in 50 is a 409, 1 in 97 a 404, 1 in 500
-- a 500. Run: psql -h localhost -p <db port> -U roster roster -f provisioning-log-million.sql
-- The days' partitions first (as the tables' owner), so that the entries land in them rather than
-- in the default partition (days the partition of the log before 039 covers are left to it).
SELECT provisioning_log_add_days((now() AT TIME ZONE 'UTC')::date - 14, (now() AT TIME ZONE 'UTC')::date);
INSERT INTO provisioning_request (occurred_at, actor_type, actor_id, actor_name, method, path,
    resource_type, resource_id, resource_name, status, scim_type, detail, error_shape,
    duration_ms, bytes_in, bytes_out, attributes)
SELECT now() - interval '14 days' * (1 - g / 1000000.0),
       'token',
       CASE WHEN g % 3 = 1 THEN '00000000-0000-4000-8000-00000000e1d1' ELSE '00000000-0000-4000-8000-0000000000a1' END,
       CASE WHEN g % 3 = 1 THEN 'Entra ID' ELSE 'Okta production' END,
       CASE WHEN g % 10 < 6 THEN 'GET' WHEN g % 10 < 8 THEN 'PATCH' WHEN g % 10 < 9 THEN 'POST' ELSE 'PUT' END,
       '/scim/Users/' || md5((g % 50000)::text)::uuid,
       'User',
       md5((g % 50000)::text)::uuid::text,
       'user' || (g % 50000) || '@example.com',
       CASE WHEN g % 500 = 0 THEN 500 WHEN g % 97 = 0 THEN 404 WHEN g % 50 = 0 THEN 409 ELSE 200 END,
       CASE WHEN g % 50 = 0 AND g % 97 <> 0 AND g % 500 <> 0 THEN 'uniqueness' END,
       CASE WHEN g % 500 = 0 THEN 'Internal error, reference ' || g
            WHEN g % 97 = 0 THEN 'User ' || md5(g::text)::uuid || ' not found'
            WHEN g % 50 = 0 THEN 'userName user' || g || '@example.com is already taken' END,
       CASE WHEN g % 500 = 0 THEN 'Internal error, reference {n}'
            WHEN g % 97 = 0 THEN 'User {id} not found'
            WHEN g % 50 = 0 THEN 'userName {value} is already taken' END,
       5 + g % 40, CASE WHEN g % 10 < 6 THEN 0 ELSE 300 END, 420,
       CASE WHEN g % 10 >= 6 THEN 'active,name.givenName' END
FROM generate_series(1, 1000000) AS g;
INSERT INTO provisioning_daily (day, actor_id, actor_name, requests, failed)
SELECT (occurred_at AT TIME ZONE 'UTC')::date, actor_id, max(actor_name), count(*),
       count(*) FILTER (WHERE status >= 400 AND status <> 404)
FROM provisioning_request
WHERE actor_id IN ('00000000-0000-4000-8000-00000000e1d1', '00000000-0000-4000-8000-0000000000a1')
GROUP BY 1, 2
ON CONFLICT (day, actor_id) DO UPDATE SET requests = provisioning_daily.requests + excluded.requests,
  failed = provisioning_daily.failed + excluded.failed;
ANALYZE provisioning_request;
ANALYZE provisioning_daily;
