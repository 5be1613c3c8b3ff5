using ActorGraph.Query.Export;
using static ActorGraph.Query.Tests.Export.ExportRun;

namespace ActorGraph.Query.Tests.Export;

public sealed class Neo4jCsvExporterTests
{
    [Fact]
    public async Task Files_start_with_the_neo4j_admin_headers()
    {
        var (actors, relations) = await new Neo4jCsvExporter().WriteToStringsAsync(NastyGraph.Subgraph());

        Assert.StartsWith("id:ID,name,kind,country,:LABEL\n", actors, StringComparison.Ordinal);
        Assert.StartsWith(":START_ID,:END_ID,:TYPE,events:int,articles:int,first:date,last:date,confidence:double\n", relations, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nodes_and_relations_survive_the_round_trip()
    {
        var source = NastyGraph.Subgraph();

        var (actors, relations) = await new Neo4jCsvExporter().WriteToStringsAsync(source);

        var actorRows = CsvReader.Read(actors).Skip(1).ToList();
        Assert.All(actorRows, r => Assert.Equal(5, r.Count));
        var nodes = actorRows.Select(r => (r[0].Value, r[1].Value, r[2].Value, r[3].Value.Length == 0 ? null : r[3].Value)).ToHashSet();
        var relationRows = CsvReader.Read(relations).Skip(1).ToList();
        Assert.All(relationRows, r => Assert.Equal(8, r.Count));
        var edges = relationRows.Select(r => new Edge(
            r[0].Value, r[1].Value, r[2].Value, Int(r[3].Value), Int(r[4].Value), r[5].Value, r[6].Value, Double(r[7].Value))).ToHashSet();

        Assert.Equal(NastyGraph.Nodes(source), nodes);
        Assert.Equal(NastyGraph.Edges(source), edges);
    }

    [Fact]
    public async Task Actors_are_labelled_actor_and_their_kind()
    {
        var (actors, _) = await new Neo4jCsvExporter().WriteToStringsAsync(NastyGraph.Subgraph());

        var labels = CsvReader.Read(actors).Skip(1).ToDictionary(r => r[0].Value, r => r[4].Value);

        Assert.Equal("Actor;Person", labels["person/xi-jinping"]);
        Assert.Equal("Actor;State", labels["country/FRA"]);
    }

    [Fact]
    public async Task Relation_ends_are_actor_ids_of_the_actors_file()
    {
        var (actors, relations) = await new Neo4jCsvExporter().WriteToStringsAsync(NastyGraph.Subgraph());

        var ids = CsvReader.Read(actors).Skip(1).Select(r => r[0].Value).ToHashSet();

        Assert.All(CsvReader.Read(relations).Skip(1), r =>
        {
            Assert.Contains(r[0].Value, ids);
            Assert.Contains(r[1].Value, ids);
        });
    }

    [Fact]
    public async Task Writes_both_files_into_a_directory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "actorgraph-csv-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (actorsPath, relationsPath) = await new Neo4jCsvExporter().WriteToDirectoryAsync(NastyGraph.Subgraph(), directory);

            Assert.Equal(Path.Combine(directory, "actors.csv"), actorsPath);
            Assert.Equal(6, CsvReader.Read(await File.ReadAllTextAsync(actorsPath)).Count);
            Assert.Equal(5, CsvReader.Read(await File.ReadAllTextAsync(relationsPath)).Count);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
