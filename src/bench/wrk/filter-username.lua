-- GET /scim/Users?filter=userName eq "..." in random letter case, names from $BENCH_NAMES.
local names = {}
for line in io.lines(os.getenv("BENCH_NAMES") or "names.txt") do names[#names + 1] = line end
math.randomseed(7)
wrk.headers["Authorization"] = "Bearer " .. os.getenv("ROSTER_TOKEN")
wrk.headers["Accept"] = "application/scim+json"
local function randomCase(s)
  return (s:gsub("%a", function(c) if math.random() < 0.5 then return c:upper() end return c end))
end
local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
request = function()
  local filter = 'userName eq "' .. randomCase(names[math.random(#names)]) .. '"'
  return wrk.format("GET", "/scim/Users?filter=" .. encode(filter))
end
