-- GET /scim/Users/{id} for random ids from $BENCH_IDS (one id a line); token from $ROSTER_TOKEN.
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS") or "ids.txt") do ids[#ids + 1] = line end
math.randomseed(7)
wrk.headers["Authorization"] = "Bearer " .. os.getenv("ROSTER_TOKEN")
wrk.headers["Accept"] = "application/scim+json"
request = function()
  return wrk.format("GET", "/scim/Users/" .. ids[math.random(#ids)])
end
