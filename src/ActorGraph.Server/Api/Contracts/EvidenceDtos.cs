using ActorGraph.Core.Events;

namespace ActorGraph.Server.Api.Contracts;

/// <summary>One event and the sentence it was read from.</summary>
/// <param name="Type">The PLOVER type.</param>
/// <param name="Quad">The quad class.</param>
/// <param name="Mode">The PLOVER mode, where the type has one.</param>
/// <param name="Source">The acting actor's id.</param>
/// <param name="Target">The id of the actor acted upon.</param>
/// <param name="Date">The event date.</param>
/// <param name="DatePrecision">day, month or year.</param>
/// <param name="Modality">asserted, future or hypothetical.</param>
/// <param name="ArticleId">The article it came from.</param>
/// <param name="SentenceIndex">The sentence's index in the article.</param>
/// <param name="Start">Start of the evidence span in the article text.</param>
/// <param name="End">End (exclusive) of the span.</param>
/// <param name="Sentence">The sentence.</param>
/// <param name="Confidence">Extractor confidence in [0, 1].</param>
/// <param name="SourceText">The words that named the source.</param>
/// <param name="TargetText">The words that named the target.</param>
public sealed record EvidenceDto(
    string Type,
    string Quad,
    string? Mode,
    string Source,
    string Target,
    DateOnly Date,
    string DatePrecision,
    string Modality,
    string ArticleId,
    int SentenceIndex,
    int Start,
    int End,
    string Sentence,
    double Confidence,
    string SourceText,
    string TargetText)
{
    /// <summary>The API form of an event.</summary>
    public static EvidenceDto Of(ActorEvent e) => new(
        e.Type.ToName(), e.Quad.ToName(), e.Mode, e.Source.Id.Value, e.Target.Id.Value, e.Date,
        e.DatePrecision.ToString().ToLowerInvariant(), e.Modality.ToString().ToLowerInvariant(),
        e.Evidence.ArticleId, e.Evidence.SentenceIndex, e.Evidence.Start, e.Evidence.End, e.Evidence.Sentence,
        e.Evidence.Confidence, e.Evidence.SourceText, e.Evidence.TargetText);
}

/// <summary>A page of the events behind the relations between two actors.</summary>
/// <param name="Source">The first actor.</param>
/// <param name="Target">The second actor.</param>
/// <param name="Type">The type asked for, or null for every type.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Events per page.</param>
/// <param name="HasMore">Whether a next page exists.</param>
/// <param name="Events">Newest first.</param>
public sealed record EvidencePage(ActorRef Source, ActorRef Target, string? Type, int Page, int PageSize, bool HasMore, IReadOnlyList<EvidenceDto> Events);

/// <summary>What a write stored.</summary>
/// <param name="ArticlesNew">Articles stored for the first time.</param>
/// <param name="ArticlesSkipped">Articles already stored unchanged.</param>
/// <param name="ArticlesReplaced">Articles whose events were replaced.</param>
/// <param name="EventsStored">Events written.</param>
/// <param name="Events">The events extracted, article by article.</param>
public sealed record IngestResult(int ArticlesNew, int ArticlesSkipped, int ArticlesReplaced, int EventsStored, IReadOnlyList<EvidenceDto> Events);

/// <summary>An article to extract and store.</summary>
/// <param name="Id">The article id; required.</param>
/// <param name="Title">The title.</param>
/// <param name="Text">The body text; required.</param>
/// <param name="Published">The publication date, YYYY-MM-DD.</param>
/// <param name="Url">Where it was published.</param>
/// <param name="Source">The publisher.</param>
public sealed record ArticleInput(string? Id, string? Title, string? Text, DateOnly? Published, string? Url, string? Source);

