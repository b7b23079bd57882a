-- wrk script: requests the paths of a file in order, one a line (bench/tools/zipf.py writes them), each thread
-- starting at its own offset and wrapping around; optional extra header.
--
--   wrk -t2 -c32 -d20s -s bench/lua/paths.lua http://127.0.0.1:18081 -- <paths file> <threads> [header: value]

local counter = 0

function setup(thread)
    thread:set("tid", counter)
    counter = counter + 1
end

function init(args)
    local file, nthreads, header = args[1], tonumber(args[2]), args[3]
    paths = {}
    for line in io.lines(file) do
        paths[#paths + 1] = line
    end
    n = #paths
    i = math.floor(tid * n / nthreads)
    headers = {}
    if header ~= nil and header ~= "" then
        local name, value = header:match("^([^:]+):%s*(.*)$")
        headers[name] = value
    end
end

function request()
    i = i + 1
    if i > n then
        i = 1
    end
    return wrk.format("GET", paths[i], headers)
end
