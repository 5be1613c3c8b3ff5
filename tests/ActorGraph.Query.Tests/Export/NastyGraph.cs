using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Query.Tests.Support;

namespace ActorGraph.Query.Tests.Export;

/// <summary>A subgraph whose names and ids try to break every format: quotes, ampersands, brackets, backslashes, other scripts.</summary>
internal static class NastyGraph
{
    public const string Quote = "\"Quote\" & <Angle> \\ back";
    public const string Russian = "Владимир Путин";
    public const string Chinese = "習近平";
    public const string OddId = "group/\"odd\" & <id> 'x' \\";
    public const string TrailingBackslash = "ends with \\";

    public static SomeGraph Source() => SomeGraph.With()
        .Actor("person/quote", Quote, ActorKind.Person)
        .Actor("person/vladimir-putin", Russian, ActorKind.Person, "RUS")
        .Actor("person/xi-jinping", Chinese, ActorKind.Person, "CHN")
        .Actor(OddId, TrailingBackslash, ActorKind.Group)
        .Actor("country/FRA", "France", ActorKind.State, "FRA")
        .Edge("person/quote", "person/vladimir-putin", PloverType.Accuse, "2023-01-02", "2023-04-05")
        .Edge("person/vladimir-putin", "person/xi-jinping", PloverType.Consult, "2024-01-01", "2024-02-01", "2024-03-01")
        .Edge("person/xi-jinping", OddId, PloverType.Aid, "2022-12-31")
        .Edge("person/vladimir-putin", OddId, PloverType.Sanction, "2021-06-01");

    public static ActorSubgraph Subgraph() => Source().Build().ToSubgraph();

    /// <summary>The node set an export must reproduce: id, name, kind, country.</summary>
    public static HashSet<(string Id, string Name, string Kind, string? Country)> Nodes(ActorSubgraph graph) =>
        [.. graph.Actors.Select(a => (a.Id.Value, a.Name, a.Kind.ToName(), a.Country))];

    /// <summary>The edge set an export must reproduce.</summary>
    public static HashSet<Edge> Edges(ActorSubgraph graph) =>
        [.. graph.Relations.Select(Edge.Of)];

    public static IEnumerable<ActorEvent> Events(ActorSubgraph graph)
    {
        var actors = graph.Actors.ToDictionary(a => a.Id);
        foreach (var relation in graph.Relations)
        {
            var i = 0;
            foreach (var stamp in relation.Timeline)
            {
                var sentence = $"{actors[relation.Source].Name} & {actors[relation.Target].Name} said \"<{relation.Type.ToName()}>\" \\ #{i}";
                yield return new ActorEvent(relation.Type, null, actors[relation.Source], actors[relation.Target], stamp.Date,
                    DatePrecision.Day, stamp.Modality,
                    new Evidence($"article-{i}", 0, 0, sentence.Length, sentence, 0.75, "s", "t"));
                i++;
            }
        }
    }
}

internal sealed record Edge(string Source, string Target, string Type, int Events, int Articles, string First, string Last, double Confidence)
{
    public static Edge Of(RelationSummary r) =>
        new(r.Source.Value, r.Target.Value, r.Type.ToName(), r.EventCount, r.ArticleCount,
            r.FirstDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            r.LastDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            r.MeanConfidence);
}
