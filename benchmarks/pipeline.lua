-- Sends requests in batches of N pipelined copies (`wrk ... -s pipeline.lua URL -- 16`), as TechEmpower's
-- plaintext test does: wrk writes the whole batch at once and counts each response.
init = function(args)
  local depth = tonumber(args[1]) or 1
  local batch = {}
  for i = 1, depth do
    batch[i] = wrk.format()
  end
  request_batch = table.concat(batch)
end

request = function()
  return request_batch
end
