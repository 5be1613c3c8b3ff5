using ActorGraph.Core.Actors;
using ActorGraph.Core.Articles;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Cli.Tests;

/// <summary>Small builders for the stores the CLI tests read.</summary>
public static class Some
{
    /// <summary>An actor with an explicit name, kind and country.</summary>
    public static Actor Actor(string id, string name, ActorKind kind = ActorKind.State, string? country = null) =>
        new(new ActorId(id), name, kind, country);

    /// <summary>An article with one event per (source, type, target), each named in the text by the given surface forms.</summary>
    public static ExtractedArticle Article(string id, params (Actor Source, PloverType Type, Actor Target, string SourceText)[] events) =>
        new(new Article(id, $"Title of {id}", $"Body of {id}.", new DateOnly(2025, 1, 15)),
            [.. events.Select((e, i) => new ActorEvent(e.Type, null, e.Source, e.Target, new DateOnly(2025, 1, 15), DatePrecision.Day, Modality.Asserted,
                new Evidence(id, i, 0, 10, $"{e.SourceText} and {e.Target.Name}.", 0.9, e.SourceText, e.Target.Name)))]);
}
