using System.Globalization;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Articles;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Tests;

/// <summary>Small builders for test data: every value has a sensible default, tests name only what they care about.</summary>
public static class Some
{
    /// <summary>An actor whose name, kind and country follow from its id: <c>country/RUS</c> is the state RUS.</summary>
    public static Actor Actor(string id, string? name = null)
    {
        var actorId = new ActorId(id);
        var suffix = id[(id.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var kind = actorId.Prefix switch
        {
            "country" => ActorKind.State,
            "person" => ActorKind.Person,
            "org" => ActorKind.Organisation,
            _ => ActorKind.Group,
        };
        return new Actor(actorId, name ?? suffix, kind, kind == ActorKind.State ? suffix : null);
    }

    /// <summary>An event between two actors named by id.</summary>
    public static ActorEvent Event(
        string articleId,
        string source,
        string target,
        PloverType type = PloverType.Consult,
        string date = "2024-03-01",
        double confidence = 0.8,
        Modality modality = Modality.Asserted,
        int sentence = 0,
        string? sourceText = null,
        string? targetText = null) =>
        Event(articleId, Actor(source), Actor(target), type, date, confidence, modality, sentence, sourceText, targetText);

    /// <summary>An event between two given actors.</summary>
    public static ActorEvent Event(
        string articleId,
        Actor source,
        Actor target,
        PloverType type = PloverType.Consult,
        string date = "2024-03-01",
        double confidence = 0.8,
        Modality modality = Modality.Asserted,
        int sentence = 0,
        string? sourceText = null,
        string? targetText = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var text = $"{sourceText ?? source.Name} did {type.ToName()} with {targetText ?? target.Name}.";
        return new ActorEvent(
            type,
            Mode: null,
            source,
            target,
            DateOnly.Parse(date, CultureInfo.InvariantCulture),
            DatePrecision.Day,
            modality,
            new Evidence(articleId, sentence, sentence * 100, sentence * 100 + text.Length, text, confidence,
                sourceText ?? source.Name, targetText ?? target.Name));
    }

    /// <summary>An article with the given events, whose text is derived from its id.</summary>
    public static ExtractedArticle Article(string id, params ActorEvent[] events) =>
        new(new Article(id, $"Title of {id}", $"Body of {id}.", new DateOnly(2024, 3, 1), $"https://news.example/{id}", "Example News"), events);

    /// <summary>The same article with changed text (so a new content hash) and the given events.</summary>
    public static ExtractedArticle Revision(ExtractedArticle original, params ActorEvent[] events)
    {
        ArgumentNullException.ThrowIfNull(original);
        return new(original.Article with { Text = original.Article.Text + " Updated." }, events);
    }
}
