using System.Globalization;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Articles;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Neo4j.Tests;

/// <summary>Small builders for test data: every value has a sensible default, tests name only what they care about.</summary>
public static class Some
{
    /// <summary>An actor whose name, kind and country follow from its id: <c>country/RUS</c> is the state RUS.</summary>
    public static Actor Actor(string id, string? name = null)
    {
        var actorId = new ActorId(id);
        var suffix = id[(id.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var kind = actorId.Prefix == "country" ? ActorKind.State : ActorKind.Person;
        return new Actor(actorId, name ?? suffix, kind, kind == ActorKind.State ? suffix : null);
    }

    /// <summary>An event between two actors named by id.</summary>
    public static ActorEvent Event(string articleId, string source, string target, PloverType type = PloverType.Assault,
        string date = "2024-03-01", int sentence = 0) =>
        Event(articleId, Actor(source), Actor(target), type, date, sentence);

    /// <summary>An event between two given actors.</summary>
    public static ActorEvent Event(string articleId, Actor source, Actor target, PloverType type = PloverType.Assault,
        string date = "2024-03-01", int sentence = 0)
    {
        var text = $"{source.Name} did {type.ToName()} with {target.Name}.";
        return new ActorEvent(type, null, source, target, DateOnly.Parse(date, CultureInfo.InvariantCulture), DatePrecision.Day, Modality.Asserted,
            new Evidence(articleId, sentence, 0, text.Length, text, 0.75, source.Name, target.Name));
    }

    /// <summary>An article with the given events.</summary>
    public static ExtractedArticle Article(string id, params ActorEvent[] events) =>
        new(new Article(id, $"Title of {id}", $"Body of {id}.", new DateOnly(2024, 3, 1), $"https://news.example/{id}", "Example News"), events);
}
