using System.Text.Json;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Query;
using ActorGraph.Query.Neighbourhoods;
using ActorGraph.Storage.Neo4j;
using ActorGraph.Storage.Neo4j.Client;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Sqlite;
using ActorGraph.Storage.Tests.Skipping;

namespace ActorGraph.Storage.Tests;

/// <summary>
/// What only a live Neo4j can show: every read statement plans from an index, the server-side neighbourhood and the
/// bulk read give the same answers as the SQLite store read through the query library, and the incrementally kept
/// summaries equal a full recount.
/// </summary>
[RequiresEnvironment(Neo4jServer.UriVariable, "the Neo4j server tests need a server")]
public sealed class Neo4jServerOnlyTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private Neo4jGraphStore? _neo4j;
    private SqliteGraphStore? _sqlite;

    public async Task InitializeAsync()
    {
        var options = Neo4jServer.Options();
        using (var client = Neo4jQueryClient.Create(options))
        {
            await client.RunAsync(new Neo4jStatement(Neo4jServer.Wipe));
        }

        _neo4j = await Neo4jGraphStore.OpenAsync(options);
        _sqlite = await SqliteGraphStore.OpenAsync(_folder.File("graph.db"));
    }

    public async Task DisposeAsync()
    {
        await _neo4j!.DisposeAsync();
        await _sqlite!.DisposeAsync();
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Every_read_statement_plans_without_scanning_all_nodes_or_a_whole_label()
    {
        await IngestBothAsync();
        var problems = new List<string>();
        foreach (var statement in CypherCatalog.All.Where(s => s.ReadOnly))
        {
            var answer = await _neo4j!.Client.RunAsync(new Neo4jStatement("EXPLAIN " + statement.Text, CypherCatalog.SampleParameters(statement)));
            Assert.True(answer.QueryPlan is not null, $"{statement.Name}: the server returned no plan");
            var operators = Operators(answer.QueryPlan!.Value).ToList();
            problems.AddRange(operators.Where(o => o.StartsWith("AllNodesScan", StringComparison.Ordinal) || o.StartsWith("NodeByLabelScan", StringComparison.Ordinal))
                .Select(o => $"{statement.Name}: {o}"));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task Neighbourhood_in_the_server_equals_the_query_library_over_sqlite()
    {
        await IngestBothAsync();
        var snapshot = await ActorGraphSnapshot.LoadAsync(_sqlite!);

        foreach (var depth in new[] { 1, 2 })
        {
            var expected = snapshot.Neighbourhood(new ActorId("country/RUS"), depth);
            var actual = await _neo4j!.NeighbourhoodAsync(new ActorId("country/RUS"), depth);

            Assert.NotNull(actual);
            Assert.Equal(expected.Nodes.Select(n => $"{n.Actor.Id}:{n.Distance}").Order(StringComparer.Ordinal),
                actual.Actors.Select(a => $"{a.Id}:{a.Distance}").Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Bulk_read_gives_the_same_snapshot_as_sqlite()
    {
        await IngestBothAsync();

        var fromSqlite = await ActorGraphSnapshot.LoadAsync(_sqlite!);
        var fromNeo4j = await ActorGraphSnapshot.LoadAsync(_neo4j!);

        Assert.Equal(fromSqlite.Actors.Select(a => (a.Actor.Id, a.Degree)), fromNeo4j.Actors.Select(a => (a.Actor.Id, a.Degree)));
        Assert.Equal(fromSqlite.Relations.Select(Describe), fromNeo4j.Relations.Select(Describe));
    }

    [Fact]
    public async Task Incremental_summaries_equal_a_full_recount_after_additions_and_replacements()
    {
        await IngestBothAsync();
        await _neo4j!.IngestAsync([Some.Article("a3", Some.Event("a3", "country/RUS", "country/UKR", PloverType.Assault, date: "2023-12-01"))]);
        await _neo4j.IngestAsync([Some.Revision(Some.Article("a1"), Some.Event("a1", "country/RUS", "country/GBR", PloverType.Accuse))]);

        var check = await _neo4j.VerifySummariesAsync();

        Assert.Equal(0, check.Differed);
        Assert.True(check.Checked >= 4, $"only {check.Checked} relations checked");
    }

    [Fact]
    public async Task Full_recount_finds_and_repairs_a_summary_that_drifted()
    {
        await IngestBothAsync();
        await _neo4j!.Client.RunAsync(new Neo4jStatement("MATCH (:Actor {id: 'country/RUS'})-[r:ASSAULT]->(:Actor {id: 'country/UKR'}) SET r.events = 99"));

        var found = await _neo4j.VerifySummariesAsync(repair: true);
        var after = await _neo4j.VerifySummariesAsync();

        Assert.Equal((1, true), (found.Differed, found.Repaired));
        Assert.Equal(0, after.Differed);
    }

    private async Task IngestBothAsync()
    {
        IReadOnlyList<ExtractedArticle> batch =
        [
            Some.Article("a1",
                Some.Event("a1", "country/RUS", "country/UKR", PloverType.Assault, date: "2024-02-01"),
                Some.Event("a1", "country/RUS", "country/USA", PloverType.Threaten, modality: Modality.Hypothetical, sentence: 1)),
            Some.Article("a2",
                Some.Event("a2", "country/UKR", "country/POL", PloverType.Consult, date: "2024-03-01"),
                Some.Event("a2", "country/POL", "country/UKR", PloverType.Consult, date: "2024-03-02", sentence: 1),
                Some.Event("a2", "country/USA", "country/GBR", PloverType.Aid, modality: Modality.Future, sentence: 2)),
        ];
        await _neo4j!.IngestAsync(batch);
        await _sqlite!.IngestAsync(batch);
    }

    private static string Describe(RelationSummary r) =>
        $"{r.Source}>{r.Target}:{r.Type}:{r.EventCount}:{r.ArticleCount}:{r.FirstDate}:{r.LastDate}:{r.MeanConfidence:F9}:{string.Join(',', r.Timeline.Select(s => s.Packed))}";

    /// <summary>Every operator in a plan, depth first.</summary>
    private static IEnumerable<string> Operators(JsonElement plan)
    {
        if (plan.TryGetProperty("operatorType", out var type) && type.GetString() is { } name)
        {
            yield return name;
        }

        if (plan.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in children.EnumerateArray())
            {
                foreach (var inner in Operators(child))
                {
                    yield return inner;
                }
            }
        }
    }
}
