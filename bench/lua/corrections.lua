-- wrk script for the corrections scenario: every request is a valid typo correction that should succeed (201).
--
--   wrk -t2 -c32 -d30s -s bench/lua/corrections.lua http://127.0.0.1:8081 -- <articles file> <threads> <basic auth>
--
-- The articles file has one "<article id> <sign-off block id>" per line; the generated sign-off block contains
-- "filed from" exactly once (see bench/sql/corpus.sql). Each wrk thread takes every <threads>-th article and keeps
-- a queue of the ones that are idle. A request takes the next idle article, corrects "filed from" -> "sent from" (or
-- back) with If-Match set to the ETag of that article's previous 201, and the 201 (whose Location names the article
-- and whose ETag is the new revision) puts it back in the queue with the flipped text. So no article ever has two
-- corrections in flight and every If-Match is current: a 412 here means the service lost or mixed up a revision.
-- A non-201 drops the article from the queue (its state is unknown). Should the queue run dry (only if many requests
-- fail), the connection sends GET /actuator/health/liveness instead and that is counted as "fallback".

local threads = {}
local counter = 0

function setup(thread)
    thread:set("tid", counter)
    counter = counter + 1
    table.insert(threads, thread)
end

function init(args)
    local file, nthreads, auth = args[1], tonumber(args[2]), args[3]
    idle = {}
    state = {}
    created, precondition_failed, other, fallback, unmatched = 0, 0, 0, 0, 0
    statuses = {}
    first_failure = ""
    local i = 0
    for line in io.lines(file) do
        if i % nthreads == tid then
            local id, block = line:match("^(%S+)%s+(%S+)")
            state[id] = { block = block, etag = '"r1"', flipped = false }
            table.insert(idle, id)
        end
        i = i + 1
    end
    base_headers = {
        ["Authorization"] = "Basic " .. auth,
        ["Content-Type"] = "application/json",
        ["Accept"] = "application/json",
    }
    fallback_request = wrk.format("GET", "/actuator/health/liveness")
end

function request()
    local id = table.remove(idle, 1)
    if id == nil then
        fallback = fallback + 1
        return fallback_request
    end
    local s = state[id]
    local find, replace = "filed from", "sent from"
    if s.flipped then
        find, replace = replace, find
    end
    local body = string.format('{"blockId":"%s","find":"%s","replace":"%s","kind":"typo"}', s.block, find, replace)
    local headers = {}
    for k, v in pairs(base_headers) do
        headers[k] = v
    end
    headers["If-Match"] = s.etag
    return wrk.format("POST", "/api/articles/" .. id .. "/corrections", headers, body)
end

local function header(headers, name)
    for k, v in pairs(headers) do
        if k:lower() == name then
            return v
        end
    end
    return nil
end

function response(status, headers, body)
    if status == 201 then
        local location = header(headers, "location") or ""
        local id = location:match("/api/articles/([0-9a-f%-]+)/corrections")
        local s = id and state[id]
        local etag = header(headers, "etag")
        if s and etag then
            s.etag = etag
            s.flipped = not s.flipped
            table.insert(idle, id)
            created = created + 1
        else
            unmatched = unmatched + 1
        end
    elseif status == 200 then
        -- a fallback health check; counted in request()
    else
        local key = tostring(status)
        statuses[key] = (statuses[key] or 0) + 1
        if status == 412 then
            precondition_failed = precondition_failed + 1
        else
            other = other + 1
        end
        if first_failure == "" then
            first_failure = key .. " " .. string.sub(body or "", 1, 500)
        end
    end
end

function done(summary, latency, requests)
    local total = { created = 0, precondition_failed = 0, other = 0, fallback = 0, unmatched = 0 }
    local by_status = {}
    local failure = ""
    for _, thread in ipairs(threads) do
        for k, _ in pairs(total) do
            total[k] = total[k] + (thread:get(k) or 0)
        end
        local st = thread:get("statuses") or {}
        for k, v in pairs(st) do
            by_status[k] = (by_status[k] or 0) + v
        end
        local f = thread:get("first_failure") or ""
        if failure == "" and f ~= "" then
            failure = f
        end
    end
    local parts = {}
    for k, v in pairs(by_status) do
        table.insert(parts, k .. "=" .. v)
    end
    table.sort(parts)
    io.write(string.format("CORRECTIONS created=%d precondition_failed=%d other=%d fallback=%d unmatched=%d statuses=%s\n",
        total.created, total.precondition_failed, total.other, total.fallback, total.unmatched,
        #parts > 0 and table.concat(parts, ",") or "-"))
    if failure ~= "" then
        io.write("CORRECTIONS first failure: " .. failure:gsub("\n", " ") .. "\n")
    end
end
