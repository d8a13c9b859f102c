-- POST /scim/Users, a new user each time (names in the domain the harness deletes before a run),
-- with two emails and the enterprise extension like the harness's post-user; token from $ROSTER_TOKEN.
math.randomseed(os.time())
local tag = tostring(math.random(100000000))
local n = 0
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("ROSTER_TOKEN")
wrk.headers["Content-Type"] = "application/scim+json"
wrk.headers["Accept"] = "application/scim+json"
request = function()
  n = n + 1
  local name = "wrk." .. tag .. "." .. n .. "@new.bench.example.com"
  local body = '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",'
    .. '"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],'
    .. '"userName":"' .. name .. '","externalId":"00u' .. tag .. n .. '",'
    .. '"name":{"formatted":"Ada Wrk","familyName":"Wrk","givenName":"Ada"},'
    .. '"displayName":"Ada Wrk","title":"Engineer","userType":"Employee",'
    .. '"preferredLanguage":"en-US","locale":"en-US","timezone":"Europe/Berlin","active":true,'
    .. '"emails":[{"value":"' .. name .. '","type":"work","primary":true},'
    .. '{"value":"ada.' .. tag .. n .. '@home.example.org","type":"home"}],'
    .. '"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"' .. n
    .. '","costCenter":"CC-1","organization":"Bench Corp","division":"R&D","department":"Platform"}}'
  return wrk.format(nil, "/scim/Users", nil, body)
end
