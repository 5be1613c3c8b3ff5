using System.Reflection;
using System.Text.Json;
using ActorGraph.Storage.Neo4j.Cypher;

namespace ActorGraph.Storage.Neo4j.Tests;

/// <summary>
/// The catalog of every statement the adapter can send, and the file it is written to for the Cypher lint
/// (<c>tools/cypher-lint</c>, run by <c>.ci/run</c> on the file named by <c>ACTORGRAPH_CYPHER_OUT</c>).
/// </summary>
public sealed class CypherCatalogTests
{
    /// <summary>Where <c>.ci/run</c> wants the statements written.</summary>
    public const string OutputVariable = "ACTORGRAPH_CYPHER_OUT";

    [Fact]
    public void Every_statement_member_of_the_cypher_classes_is_in_the_catalog()
    {
        var names = CypherCatalog.All.Select(s => s.Name).ToList();
        var texts = CypherCatalog.All.Select(s => s.Text).ToList();
        var members = typeof(CypherCatalog).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(CypherCatalog).Namespace && t != typeof(CypherCatalog) && t.Name != "RelationTypes" && t.IsAbstract && t.IsSealed)
            .SelectMany(t => t.GetMembers(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(m => m is FieldInfo { FieldType: var f, IsPrivate: false } && (f == typeof(string) || f == typeof(IReadOnlyList<string>))
                    || m is PropertyInfo { PropertyType: var p, GetMethod.IsPrivate: false } && (p == typeof(string) || p == typeof(IReadOnlyList<string>))
                    || m is MethodInfo { ReturnType: var r, IsPrivate: false, IsSpecialName: false } && r == typeof(string))
                .Select(m => (Name: $"{t.Name}.{m.Name}", Value: m switch
                {
                    FieldInfo f => f.GetValue(null) as string,
                    PropertyInfo p => p.GetValue(null) as string,
                    _ => null,
                })))
            .ToList();

        Assert.True(members.Count >= 15, $"only {members.Count} members found");
        Assert.All(members, m => Assert.True(
            names.Any(n => n == m.Name || n.StartsWith(m.Name + "[", StringComparison.Ordinal)) || (m.Value is { } v && texts.Any(t => t.Contains(v, StringComparison.Ordinal))),
            $"{m.Name} is not in CypherCatalog.All"));
    }

    [Fact]
    public void Catalog_holds_every_event_page_variant_once_with_its_parameters()
    {
        var events = CypherCatalog.All.Where(s => s.Name.StartsWith("ReadCypher.Events[", StringComparison.Ordinal)).ToList();

        Assert.Equal(events.Count, events.Select(s => s.Text).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(events, s => s.Name == "ReadCypher.Events[none]" && s.Parameters.SequenceEqual(["limit"]));
        Assert.All(events.Where(s => !s.Name.Contains("cursor", StringComparison.Ordinal)), s => Assert.DoesNotContain("$cursor", s.Text, StringComparison.Ordinal));
        Assert.All(events.Where(s => s.Name.Contains("either", StringComparison.Ordinal) && s.Name.Contains("source", StringComparison.Ordinal)), s => Assert.Contains("UNION", s.Text, StringComparison.Ordinal));
        Assert.Equal(15 * 3, CypherCatalog.All.Count(s => s.Name.StartsWith("ReadCypher.ShortestPath[", StringComparison.Ordinal)));
        Assert.All(CypherCatalog.All, s => Assert.All(s.Parameters, p => Assert.True(CypherCatalog.SampleParameters(s).ContainsKey(p))));
    }

    [Fact]
    public async Task Catalog_is_written_as_json_for_the_lint()
    {
        var path = Environment.GetEnvironmentVariable(OutputVariable) is { Length: > 0 } wanted
            ? Path.GetFullPath(wanted)
            : Path.Combine(Path.GetTempPath(), $"actorgraph-cypher-{Guid.NewGuid():N}.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        await using (var file = File.Create(path))
        {
            await JsonSerializer.SerializeAsync(file, new
            {
                labels = CypherCatalog.Labels,
                relationshipTypes = CypherCatalog.RelationshipTypes,
                statements = CypherCatalog.All.Select(s => new { name = s.Name, statement = s.Text, parameters = s.Parameters }),
            }, new JsonSerializerOptions { WriteIndented = true });
        }

        using var written = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        Assert.Equal(CypherCatalog.All.Count, written.RootElement.GetProperty("statements").GetArrayLength());
        Assert.Contains("SOURCE_OF", written.RootElement.GetProperty("relationshipTypes").EnumerateArray().Select(e => e.GetString()));
        if (Environment.GetEnvironmentVariable(OutputVariable) is not { Length: > 0 })
        {
            File.Delete(path);
        }
    }
}
