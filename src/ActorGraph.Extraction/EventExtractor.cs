using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Articles;
using ActorGraph.Core.Events;
using ActorGraph.Extraction.Actors;
using ActorGraph.Extraction.Dates;
using ActorGraph.Extraction.Knowledge;
using ActorGraph.Extraction.Relations;
using ActorGraph.Extraction.Structure;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction;

/// <summary>Extracts resolved, typed, dated events from an article's body. Thread-safe: one instance serves many articles.</summary>
public sealed class EventExtractor
{
    private readonly MentionFinder _mentions;
    private readonly RelationFinder _relations;
    private readonly FrameCoder _coder;
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
        _coder = new FrameCoder(knowledge.Frames);
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

            var seen = new HashSet<(string, PloverType, string)>();
            var related = EmitPatterns(events, seen, article, sentence, tokens, mentions, published);
            if (Knowledge.Parser is { } parser && related.Count == 0 && WorthParsing(mentions, tokens))
            {
                EmitParsed(parser.Parse(sentence.Text), related, events, seen, article, sentence, tokens, mentions, published);
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

    // The patterns were written and checked on our own articles: where they relate a pair, their type stands.
    private HashSet<(string, string)> EmitPatterns(List<ActorEvent> events, HashSet<(string, PloverType, string)> seen, Article article, Sentence sentence,
        List<Token> tokens, List<Mention> mentions, DateOnly published)
    {
        var pairs = new HashSet<(string, string)>();
        var found = _relations.Find(new SentenceView(tokens, mentions));
        if (found.Count == 0)
        {
            return pairs;
        }

        var date = EventDateResolver.Resolve(sentence.Text, published);
        foreach (var r in found)
        {
            Emit(events, seen, article, sentence, tokens, r.Type, r.Mode, r.Source, r.Target, r.Modality,
                tokens[r.FirstToken].Start, tokens[r.EndToken - 1].End, r.Confidence, date, published);
            pairs.Add((r.Source.Actor.Id.Value, r.Target.Actor.Id.Value));
            pairs.Add((r.Target.Actor.Id.Value, r.Source.Actor.Id.Value));
        }

        return pairs;
    }

    // Events read from the parse, for pairs the patterns did not relate; each dated by its own clause.
    private void EmitParsed(ParseTree tree, HashSet<(string, string)> related, List<ActorEvent> events, HashSet<(string, PloverType, string)> seen,
        Article article, Sentence sentence, List<Token> tokens, List<Mention> mentions, DateOnly published)
    {
        foreach (var c in _coder.Code(tree, MentionsByWord(tree, tokens, mentions)))
        {
            if (related.Contains((c.Source.Actor.Id.Value, c.Target.Actor.Id.Value)))
            {
                continue;
            }

            var (start, end) = Span(tree, tokens, c);
            var date = EventDateResolver.Resolve(ClauseDates.TextOf(tree, c.Predicate, sentence.Text), published);
            Emit(events, seen, article, sentence, tokens, c.Type, c.Mode, c.Source, c.Target, c.Modality, start, end, c.Confidence, date, published);
        }
    }

    private void Emit(List<ActorEvent> events, HashSet<(string, PloverType, string)> seen, Article article, Sentence sentence, List<Token> tokens,
        PloverType type, string? mode, Mention source, Mention target, Modality modality, int start, int end, double confidence, ResolvedDate date, DateOnly published)
    {
        if (AimsAtOwnSide(type, source.Actor, target.Actor, published)
            || source.Actor.Kind == ActorKind.State && target.Actor.Kind == ActorKind.State && source.Actor.Country == target.Actor.Country
            || !seen.Add((source.Actor.Id.Value, type, target.Actor.Id.Value))
            || type.IsSymmetric() && seen.Contains((target.Actor.Id.Value, type, source.Actor.Id.Value)))
        {
            return;
        }

        var evidence = new Evidence(article.Id, sentence.Index, sentence.Start + start, sentence.Start + end, sentence.Text, confidence,
            MentionText(sentence.Text, tokens, source), MentionText(sentence.Text, tokens, target));
        events.Add(new ActorEvent(type, mode, source.Actor, target.Actor, date.Date, date.Precision, modality, evidence));
    }

    // Parsing is the slow step: only sentences the patterns left alone, with two actors and a word some frame could hang on.
    private bool WorthParsing(List<Mention> mentions, List<Token> tokens)
    {
        var actors = false;
        for (var i = 1; i < mentions.Count && !actors; i++)
        {
            actors = mentions[i].Actor.Id != mentions[0].Actor.Id;
        }

        if (!actors)
        {
            return false;
        }

        foreach (var t in tokens)
        {
            if (t.IsWord && Knowledge.Frames.IsTrigger(t.Norm))
            {
                return true;
            }
        }

        return false;
    }

    // Places each mention on the parse words whose first character falls inside it.
    private static Mention?[] MentionsByWord(ParseTree tree, List<Token> tokens, List<Mention> mentions)
    {
        var at = new Mention?[tree.Count];
        var m = 0;
        for (var i = 0; i < tree.Count && m < mentions.Count; i++)
        {
            while (m < mentions.Count && tokens[mentions[m].End - 1].End <= tree.Starts[i])
            {
                m++;
            }

            if (m < mentions.Count && tokens[mentions[m].Start].Start <= tree.Starts[i])
            {
                at[i] = mentions[m];
            }
        }

        return at;
    }

    private static (int Start, int End) Span(ParseTree tree, List<Token> tokens, CodedRelation c)
    {
        var start = Math.Min(tree.Starts[c.Predicate], Math.Min(tokens[c.Source.Start].Start, tokens[c.Target.Start].Start));
        var end = Math.Max(tree.Ends[c.Predicate], Math.Max(tokens[c.Source.End - 1].End, tokens[c.Target.End - 1].End));
        return (start, end);
    }

    /// <summary>
    /// A threat or accusation aimed at the source's own side, which is how "X warned that Y would…" reads when Y is
    /// X's own: their state ("Netanyahu warned that Israel would strike") or the organisation they hold office in on
    /// the date ("Kallas warned that the EU would keep up the pressure").
    /// </summary>
    private bool AimsAtOwnSide(PloverType type, Actor source, Actor target, DateOnly date)
    {
        if (type is not (PloverType.Threaten or PloverType.Accuse))
        {
            return false;
        }

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
