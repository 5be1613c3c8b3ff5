using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Reading;

namespace ActorGraph.Storage.Neo4j.Writing;

/// <summary>
/// What one batch writes, worked out in memory as if its items were stored one by one: an item whose hash is stored (or
/// was written earlier in the batch) is skipped, a changed one replaces the earlier version, and only each article's last
/// version is sent.
/// </summary>
internal sealed class IngestPlan
{
    private IngestPlan(IngestReport report, IReadOnlyList<string> replaced, IReadOnlyList<ActorRow> actors,
        IReadOnlyList<ArticleRow> articles, IReadOnlyList<EventRow> events, IReadOnlySet<RelationKey> touched)
    {
        Report = report;
        Replaced = replaced;
        Actors = actors;
        Articles = articles;
        Events = events;
        Touched = touched;
    }

    /// <summary>What the ingest did.</summary>
    public IngestReport Report { get; }

    /// <summary>Stored articles whose content changed: their stored events go.</summary>
    public IReadOnlyList<string> Replaced { get; }

    /// <summary>Actors to upsert, each with its latest details and every name it was seen under.</summary>
    public IReadOnlyList<ActorRow> Actors { get; }

    /// <summary>Articles to upsert.</summary>
    public IReadOnlyList<ArticleRow> Articles { get; }

    /// <summary>Events to create.</summary>
    public IReadOnlyList<EventRow> Events { get; }

    /// <summary>Relations the new events belong to; the caller adds those of the forgotten events.</summary>
    public IReadOnlySet<RelationKey> Touched { get; }

    /// <summary>Plans a validated batch against the stored hashes of its articles, numbering events from <paramref name="firstSeq"/>.</summary>
    public static IngestPlan Build(IReadOnlyList<ExtractedArticle> batch, IReadOnlyDictionary<string, string> storedHashes, long firstSeq)
    {
        var hashes = new Dictionary<string, string>(storedHashes, StringComparer.Ordinal);
        var latest = new Dictionary<string, ExtractedArticle>(StringComparer.Ordinal);
        var replaced = new List<string>();
        var actors = new Dictionary<ActorId, Actor>();
        var aliases = new Dictionary<ActorId, SortedSet<string>>();
        var report = IngestReport.Empty;
        foreach (var item in batch)
        {
            var id = item.Article.Id;
            var hash = item.Article.ContentHash;
            if (hashes.TryGetValue(id, out var known))
            {
                if (known == hash)
                {
                    report = report.Add(new IngestReport(0, 1, 0, 0));
                    continue;
                }

                if (storedHashes.ContainsKey(id) && !replaced.Contains(id))
                {
                    replaced.Add(id);
                }

                report = report.Add(new IngestReport(0, 0, 1, item.Events.Count));
            }
            else
            {
                report = report.Add(new IngestReport(1, 0, 0, item.Events.Count));
            }

            hashes[id] = hash;
            latest.Remove(id);
            latest.Add(id, item);
            foreach (var e in item.Events)
            {
                Remember(e.Source, e.Evidence.SourceText);
                Remember(e.Target, e.Evidence.TargetText);
            }
        }

        var events = new List<EventRow>();
        var touched = new HashSet<RelationKey>();
        var seq = firstSeq;
        foreach (var item in latest.Values)
        {
            for (var i = 0; i < item.Events.Count; i++)
            {
                events.Add(Row(item.Events[i], i, seq++));
                touched.Add(RelationKey.Of(item.Events[i]));
            }
        }

        return new IngestPlan(
            report,
            replaced,
            [.. actors.Values.Select(a => new ActorRow(a.Id.Value, a.Name, a.Kind.ToName(), a.Country, a.Sector, [.. aliases[a.Id]]))],
            [.. latest.Values.Select(item => item.Article).Select(a => new ArticleRow(a.Id, a.Title, a.Url, a.Source, a.Published, a.ContentHash))],
            events,
            touched);

        void Remember(Actor actor, string surface)
        {
            actors[actor.Id] = actor;
            if (!aliases.TryGetValue(actor.Id, out var names))
            {
                aliases[actor.Id] = names = new SortedSet<string>(StringComparer.Ordinal);
            }

            foreach (var name in (ReadOnlySpan<string>)[actor.Name, surface])
            {
                if (!string.IsNullOrWhiteSpace(name))
                {
                    names.Add(name.Trim());
                }
            }
        }
    }

    /// <summary>The event's id is its article's id and its position there: an article's events are replaced together, so ids never clash.</summary>
    private static EventRow Row(ActorEvent e, int ordinal, long seq)
    {
        var evidence = e.Evidence;
        return new EventRow(
            $"{evidence.ArticleId}#{ordinal}",
            evidence.ArticleId,
            ordinal,
            seq,
            Cypher.RelationTypes.Of(e.Type),
            e.Mode,
            e.Source.Id.Value,
            e.Target.Id.Value,
            e.Date,
            Rows.Name(e.DatePrecision),
            Rows.Name(e.Modality),
            new EventStamp(e.Date, e.Modality).Packed,
            evidence.Confidence,
            evidence.SentenceIndex,
            evidence.Start,
            evidence.End,
            evidence.Sentence,
            evidence.SourceText,
            evidence.TargetText);
    }
}
