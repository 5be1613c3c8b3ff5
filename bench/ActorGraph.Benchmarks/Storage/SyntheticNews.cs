using ActorGraph.Core.Actors;
using ActorGraph.Core.Articles;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Benchmarks.Storage;

/// <summary>Reproducible made-up articles and edges shaped like news: a few busy actors, many quiet ones.</summary>
internal static class SyntheticNews
{
    public static Actor[] Actors(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Actor(new ActorId($"org/actor-{i:D7}"), $"Actor {i}", ActorKind.Organisation, null))];

    public static List<ExtractedArticle> Articles(int count, int eventsPerArticle, Actor[] actors, int seed = 7)
    {
        var random = new Random(seed);
        var start = new DateOnly(2020, 1, 1);
        var articles = new List<ExtractedArticle>(count);
        for (var a = 0; a < count; a++)
        {
            var id = $"article-{a:D7}";
            var events = new ActorEvent[eventsPerArticle];
            for (var e = 0; e < eventsPerArticle; e++)
            {
                var source = actors[Skewed(random, actors.Length)];
                var target = actors[Skewed(random, actors.Length)];
                var sentence = $"{source.Name} and {target.Name} did something on day {e}.";
                events[e] = new ActorEvent(
                    Plover.Types[random.Next(Plover.Types.Count)], null, source, target,
                    start.AddDays(random.Next(1500)), DatePrecision.Day, (Modality)random.Next(3),
                    new Evidence(id, e, e * 80, e * 80 + sentence.Length, sentence, random.NextDouble(), source.Name, target.Name));
            }

            articles.Add(new ExtractedArticle(new Article(id, $"Title {a}", $"Body of article {a}.", start.AddDays(a % 1500)), events));
        }

        return articles;
    }

    public static List<RelationSummary> Relations(int count, Actor[] actors, int seed = 11)
    {
        var random = new Random(seed);
        var seen = new HashSet<RelationKey>();
        var relations = new List<RelationSummary>(count);
        var start = new DateOnly(2020, 1, 1);
        while (relations.Count < count)
        {
            var key = new RelationKey(actors[random.Next(actors.Length)].Id, actors[random.Next(actors.Length)].Id, Plover.Types[random.Next(Plover.Types.Count)]);
            if (!seen.Add(key))
            {
                continue;
            }

            var stamps = Enumerable.Range(0, 1 + random.Next(8))
                .Select(_ => new EventStamp(start.AddDays(random.Next(1500)), (Modality)random.Next(3)))
                .OrderBy(s => s.Packed).ToArray();
            relations.Add(new RelationSummary(key.Source, key.Target, key.Type, stamps.Length, stamps.Length,
                stamps[0].Date, stamps[^1].Date, random.NextDouble(), stamps));
        }

        return relations;
    }

    /// <summary>Mostly low indexes: the head of the list is the busy actors.</summary>
    private static int Skewed(Random random, int count) => (int)(count * Math.Pow(random.NextDouble(), 3));
}
