using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Query.Paths;
using ActorGraph.Query.Tests.Support;
using static ActorGraph.Query.Tests.Support.SomeGraph;

namespace ActorGraph.Query.Tests.Paths;

public sealed class PathEvidenceTests
{
    private static readonly SomeGraph Source = SomeGraph.With("A", "B", "C")
        .EdgeWith("A", "B", PloverType.Consult,
            Stamp.On("2023-01-01"), Stamp.On("2024-01-01"), Stamp.On("2024-02-01", Modality.Hypothetical))
        .Edge("C", "B", PloverType.Accuse, "2024-03-01");

    private static InMemoryGraphReader Reader()
    {
        Actor Of(string id) => Source.Actors.Single(a => a.Actor.Id == Id(id)).Actor;
        ActorEvent Event(string from, string to, PloverType type, string date, Modality modality = Modality.Asserted) =>
            new(type, null, Of(from), Of(to), DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DatePrecision.Day, modality,
                new Evidence($"{from}{to}{date}", 0, 0, 1, $"{from} {type} {to} on {date}", 0.8, from, to));

        // The meeting of 2024-01-01 was reported with B as the source: symmetric evidence must be read either way round.
        return new InMemoryGraphReader(Source.Actors, Source.Relations,
        [
            Event("A", "B", PloverType.Consult, "2023-01-01"),
            Event("B", "A", PloverType.Consult, "2024-01-01"),
            Event("A", "B", PloverType.Consult, "2024-02-01", Modality.Hypothetical),
            Event("C", "B", PloverType.Accuse, "2024-03-01"),
        ]);
    }

    [Fact]
    public async Task Evidence_of_a_path_reads_the_events_behind_each_hop()
    {
        var path = Source.Build().ShortestPath(Id("A"), Id("C"))!;

        var sentences = await path.EvidenceAsync(Reader()).Select(e => e.Evidence.Sentence).ToListAsync();

        Assert.Equal(["B Consult A on 2024-01-01", "A Consult B on 2023-01-01", "C Accuse B on 2024-03-01"], sentences);
    }

    [Fact]
    public async Task Evidence_keeps_to_the_window_and_modalities_the_path_was_found_with()
    {
        var filter = new RelationFilter { Since = new DateOnly(2023, 6, 1) };
        var path = Source.Build().ShortestPath(Id("A"), Id("B"), filter)!;
        var reader = Reader();

        var events = await path.Hops[0].EvidenceAsync(reader).ToListAsync();

        Assert.Equal([new DateOnly(2024, 1, 1)], events.Select(e => e.Date));
        var query = Assert.Single(reader.Queries);
        Assert.Equal(new DateOnly(2023, 6, 1), query.Since);
        Assert.True(query.EitherDirection);
        Assert.Equal([PloverType.Consult], query.Types!);
    }

    [Fact]
    public async Task Evidence_stops_at_the_limit_per_relation()
    {
        var path = Source.Build().ShortestPath(Id("A"), Id("B"), RelationFilter.Everything)!;

        var events = await path.EvidenceAsync(Reader(), limitPerRelation: 1).ToListAsync();

        Assert.Single(events);
    }
}
