using ActorGraph.Core.Actors;
using ActorGraph.Core.Articles;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Server.Tests.Support;

/// <summary>Small builders for hand-made stores.</summary>
public static class Some
{
    public static Actor Actor(string id, string name, ActorKind kind = ActorKind.State, string? country = null) => new(new ActorId(id), name, kind, country);

    /// <summary>An article dated <paramref name="date"/> whose events are the given triples, each with its own sentence.</summary>
    public static ExtractedArticle Article(string id, string date, params (Actor Source, PloverType Type, Actor Target)[] events)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        return new ExtractedArticle(
            new Article(id, $"Title of {id}", $"Body of {id}.", day),
            [.. events.Select((e, i) => new ActorEvent(e.Type, null, e.Source, e.Target, day, DatePrecision.Day, Modality.Asserted,
                new Evidence(id, i, 0, 10, $"{e.Source.Name} {e.Type.ToName()} {e.Target.Name} ({id}).", 0.9, e.Source.Name, e.Target.Name)))]);
    }
}
