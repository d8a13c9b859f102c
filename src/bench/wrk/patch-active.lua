-- PATCH /scim/Users/{id} active false (Okta's path-less replace) for each id of $BENCH_IDS in turn,
-- then true on the next pass, so that concurrent requests never touch the same user; token from
-- $ROSTER_TOKEN. A run that stops mid-pass leaves users inactive: the harness reactivates them.
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS") or "ids.txt") do ids[#ids + 1] = line end
local n = 0
wrk.method = "PATCH"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("ROSTER_TOKEN")
wrk.headers["Content-Type"] = "application/scim+json"
wrk.headers["Accept"] = "application/scim+json"
request = function()
  n = n + 1
  local id = ids[((n - 1) % #ids) + 1]
  local active = (math.floor((n - 1) / #ids) % 2 == 1) and "true" or "false"
  local body = '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],'
    .. '"Operations":[{"op":"replace","value":{"active":' .. active .. '}}]}'
  return wrk.format(nil, "/scim/Users/" .. id, nil, body)
end
