using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ActorGraph.Core.Articles;
using ActorGraph.Core.Events;
using ActorGraph.Extraction.Actors;
using ActorGraph.Extraction.Dates;
using ActorGraph.Extraction.Knowledge;
using ActorGraph.Extraction.Relations;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction;

/// <summary>Extracts resolved, typed, dated events from an article's body. Thread-safe: one instance serves many articles.</summary>
public sealed class EventExtractor
{
    private readonly MentionFinder _mentions;
    private readonly RelationFinder _relations;
    private readonly DateOnly _fallbackDate;
    private readonly ExtractionBudget _budget;

    /// <summary>Creates an extractor; articles without a publication date are dated <paramref name="fallbackDate"/> (today by default).</summary>
    /// <param name="knowledge">The gazetteer and relation lexicon.</param>
    /// <param name="fallbackDate">The date of articles that carry none.</param>
    /// <param name="budget">How long one article may take; <see cref="ExtractionBudget.Default"/> when null.</param>
    public EventExtractor(ExtractionKnowledge knowledge, DateOnly? fallbackDate = null, ExtractionBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        Knowledge = knowledge;
        _mentions = new MentionFinder(knowledge.Gazetteer);
        _relations = new RelationFinder(new PatternMatcher(knowledge.Patterns));
        _fallbackDate = fallbackDate ?? DateOnly.FromDateTime(DateTime.UtcNow);
        _budget = budget ?? ExtractionBudget.Default;
    }

    /// <summary>The knowledge in use.</summary>
    public ExtractionKnowledge Knowledge { get; }

    /// <summary>Every event the article's body states, in text order.</summary>
    /// <exception cref="ExtractionTimeoutException">The article took longer than the time budget.</exception>
    public IReadOnlyList<ActorEvent> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var started = _budget.Clock.GetTimestamp();
        var published = article.Published ?? _fallbackDate;
        var context = new ArticleActorContext { Date = published };
        var events = new List<ActorEvent>();
        var sentences = SentenceSplitter.Split(article.Text);
        foreach (var sentence in sentences)
        {
            // Each sentence is bounded work (the splitter caps its length), so checking here bounds the article.
            if (_budget.Clock.GetElapsedTime(started) > _budget.PerArticle)
            {
                throw new ExtractionTimeoutException(string.Create(CultureInfo.InvariantCulture,
                    $"extraction stopped at sentence {sentence.Index + 1} of {sentences.Count}: over the time budget of {_budget.PerArticle.TotalSeconds:0.###} s per article"));
            }

            // Text that did not come through a reader's boilerplate filter may still hold furniture and captions.
            var trimmed = sentence.Text.AsSpan().Trim();
            if (BoilerplateLines.Classify(trimmed) != BoilerplateLines.Verdict.Keep || BoilerplateFilter.IsCaption(trimmed))
            {
                continue;
            }

            var tokens = Tokenizer.Tokenize(sentence.Text);
            var mentions = _mentions.Find(tokens, context);
            if (mentions.Count == 0)
            {
                continue;
            }

            var found = _relations.Find(new SentenceView(tokens, mentions));
            if (found.Count == 0)
            {
                continue;
            }

            var date = EventDateResolver.Resolve(sentence.Text, published);
            foreach (var r in found)
            {
                if (AimsAtOwnSide(r, published))
                {
                    continue;
                }

                var start = sentence.Start + tokens[r.FirstToken].Start;
                var end = sentence.Start + tokens[r.EndToken - 1].End;
                var evidence = new Evidence(article.Id, sentence.Index, start, end, sentence.Text, r.Confidence,
                    MentionText(sentence.Text, tokens, r.Source), MentionText(sentence.Text, tokens, r.Target));
                events.Add(new ActorEvent(r.Type, r.Mode, r.Source.Actor, r.Target.Actor, date.Date, date.Precision, r.Modality, evidence));
            }
        }

        return events;
    }

    /// <summary>Extracts an article's events, turning a failure of this one article (the time budget, a fault in the rules) into a reason instead of an exception.</summary>
    public bool TryExtract(Article article, out IReadOnlyList<ActorEvent> events, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(article);
        try
        {
            events = Extract(article);
            error = null;
            return true;
        }
        catch (ExtractionTimeoutException e)
        {
            events = [];
            error = e.Message;
            return false;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One article must never take a run down with it; the type names the fault for the bug report.
            events = [];
            error = $"extraction failed: {e.GetType().Name}: {e.Message}";
            return false;
        }
    }

    /// <summary>
    /// A threat or accusation aimed at the source's own side, which is how "X warned that Y would…" reads when Y is
    /// X's own: their state ("Netanyahu warned that Israel would strike") or the organisation they hold office in on
    /// the date ("Kallas warned that the EU would keep up the pressure").
    /// </summary>
    private bool AimsAtOwnSide(RelationCandidate r, DateOnly date)
    {
        if (r.Type is not (PloverType.Threaten or PloverType.Accuse))
        {
            return false;
        }

        var (source, target) = (r.Source.Actor, r.Target.Actor);
        return source.Country is not null && source.Country == target.Country && source.Kind != target.Kind
            || Knowledge.Gazetteer.HoldsOfficeIn(source.Id, target.Id, date);
    }

    private static string MentionText(string sentence, List<Token> tokens, Mention m)
    {
        var text = sentence[tokens[m.Start].Start..tokens[m.End - 1].End];

        // A pronoun names nobody on its own: report the person it stands for, so it never becomes an alias.
        return m.End - m.Start == 1 && tokens[m.Start].Norm is "he" or "she" ? m.Actor.Name : text;
    }
}
