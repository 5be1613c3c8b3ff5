using System.Collections.Concurrent;
using System.Net.Http.Json;
using ActorGraph.Core.Events;
using ActorGraph.Server.Tests.Support;
using ActorGraph.Storage.Sqlite;

namespace ActorGraph.Server.Tests.Api;

/// <summary>Queries answer from one immutable snapshot; a store change builds a new one in the background and swaps it in whole.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class SnapshotSwapTests(SampleStore samples)
{
    private const string Key = "swap-key-0123456789abcdef";

    [Fact]
    public async Task A_write_by_another_process_is_served_after_a_background_swap()
    {
        var path = samples.Copy();
        await using var server = await ServerHost.StartAsync(path);
        var before = await server.Client.GetJsonAsync("/api/v1/stats");

        // The worker writes through its own store handle; the server only sees the file change.
        var a = Some.Actor("country/ISL", "Iceland", country: "ISL");
        var b = Some.Actor("country/NOR", "Norway", country: "NOR");
        await using (var worker = await SqliteGraphStore.OpenAsync(path))
        {
            await worker.IngestAsync([Some.Article("worker-1", "2025-09-01", (a, PloverType.Cooperate, b))]);
        }

        var relations = before.GetProperty("relations").GetInt64();
        await ServerHost.EventuallyAsync(async () => (await server.Client.GetJsonAsync("/api/v1/stats")).GetProperty("relations").GetInt64() != relations, "the new relation is served");
        var after = await server.Client.GetJsonAsync("/api/v1/stats");
        Assert.True(after.GetProperty("snapshot").GetProperty("version").GetInt64() > before.GetProperty("snapshot").GetProperty("version").GetInt64());
        Assert.Equal(relations + 1, after.GetProperty("relations").GetInt64());
        var path2 = await server.Client.GetJsonAsync("/api/v1/paths?from=Iceland&to=Norway");
        Assert.Equal(1, path2.GetProperty("paths")[0].GetProperty("length").GetInt32());
    }

    [Fact]
    public async Task Reads_during_swaps_never_see_a_torn_graph()
    {
        await using var server = await ServerHost.StartAsync(samples.Copy(), $"--Server:ApiKey={Key}");
        var answers = new ConcurrentBag<(long Version, long Relations, string Neighbourhood)>();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var last = 0L;
            while (!stop.IsCancellationRequested)
            {
                using var stats = await server.Client.GetAsync("/api/v1/stats");
                var body = await Json.ReadAsync(stats);
                using var around = await server.Client.GetAsync("/api/v1/neighbourhood/country/RUS?depth=2");
                var neighbourhood = await around.Content.ReadAsStringAsync();
                var version = long.Parse(around.Headers.GetValues("X-ActorGraph-Snapshot").Single(), System.Globalization.CultureInfo.InvariantCulture);
                var statsVersion = body.GetProperty("snapshot").GetProperty("version").GetInt64();
                Assert.True(statsVersion >= last && version >= statsVersion, $"snapshot went back: {last} then {statsVersion} then {version}");
                last = version;
                answers.Add((statsVersion, body.GetProperty("relations").GetInt64(), version == statsVersion ? neighbourhood : ""));
            }
        })).ToList();

        // Each article ties Russia to a new actor, so every snapshot's neighbourhood of Russia differs from the last.
        var partners = new[] { ("Iceland", "ISL"), ("Norway", "NOR"), ("Finland", "FIN"), ("Denmark", "DNK") };
        var version = server.Snapshots.Current!.Version;
        var first = version;
        foreach (var (name, code) in partners)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles")
            {
                Content = JsonContent.Create(new { id = $"swap-{code}", text = $"Russia accused {name} of provocations on Monday.", published = "2025-10-06" }),
            };
            request.Headers.Add("X-Api-Key", Key);
            using var response = await server.Client.SendAsync(request);
            await Json.ReadAsync(response);
            var expected = $"country/{code}";
            await ServerHost.EventuallyAsync(async () => (await server.Client.GetAsync($"/api/v1/actors/{expected}")).IsSuccessStatusCode, $"{expected} is served");
            version = server.Snapshots.Current!.Version;
        }

        await Task.Delay(200);
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.True(version >= first + partners.Length, $"expected a swap per write: served version {version} after {first}");
        // One snapshot, one answer: every read of a version saw the same relation count and the same neighbourhood.
        foreach (var group in answers.GroupBy(a => a.Version))
        {
            Assert.Single(group.Select(a => a.Relations).Distinct());
            // A version seen by stats only (its neighbourhood answered by a newer snapshot) has no neighbourhood to compare.
            var neighbourhoods = group.Select(a => a.Neighbourhood).Where(n => n.Length > 0).Distinct().ToList();
            Assert.True(neighbourhoods.Count <= 1, $"snapshot {group.Key} answered {neighbourhoods.Count} different neighbourhoods");
        }

        var counts = answers.GroupBy(a => a.Version).OrderBy(g => g.Key).Select(g => g.First().Relations).ToList();
        Assert.Equal(counts.Order(), counts);
        Assert.True(answers.Select(a => a.Version).Distinct().Count() >= 3, "the readers saw too few snapshots to test a swap");
    }
}
