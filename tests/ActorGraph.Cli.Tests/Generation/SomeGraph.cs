using ActorGraph.Cli.Generation;
using ActorGraph.Core.Storage;

namespace ActorGraph.Cli.Tests.Generation;

/// <summary>Small generated graphs for tests.</summary>
internal static class SomeGraph
{
    public static SyntheticGraphGenerator Generator(int actors = 2000, int relations = 20_000, ulong seed = 7) =>
        new(new GeneratorOptions(actors, relations, seed));

    public static List<RelationSummary> Relations(int actors = 2000, int relations = 20_000, ulong seed = 7) =>
        [.. Generator(actors, relations, seed).Relations()];

    /// <summary>Edges touching each actor id.</summary>
    public static Dictionary<string, int> Degrees(IEnumerable<RelationSummary> relations)
    {
        var degrees = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in relations)
        {
            degrees[r.Source.Value] = degrees.GetValueOrDefault(r.Source.Value) + 1;
            degrees[r.Target.Value] = degrees.GetValueOrDefault(r.Target.Value) + 1;
        }

        return degrees;
    }
}
