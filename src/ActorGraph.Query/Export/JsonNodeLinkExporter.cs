using System.Text.Encodings.Web;
using System.Text.Json;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;

namespace ActorGraph.Query.Export;

/// <summary>
/// JSON node-link, the shape d3 and networkx read: <c>{"directed", "multigraph", "nodes": [{"id", ...}],
/// "links": [{"source", "target", "type", ...}]}</c>. Given a reader, each link also lists up to
/// <see cref="EvidencePerLink"/> evidence sentences from the store.
/// </summary>
/// <param name="reader">Where to read evidence from; null for no evidence.</param>
/// <param name="evidencePerLink">Most evidence entries per link, newest first.</param>
/// <param name="evidenceFilter">Which events count as evidence (window and modalities); the default filter when null.</param>
public sealed class JsonNodeLinkExporter(IGraphReader? reader = null, int evidencePerLink = 3, RelationFilter? evidenceFilter = null)
    : IGraphExporter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,

        // Names in any script stay readable; the output is a file, never inlined into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Most evidence entries per link.</summary>
    public int EvidencePerLink { get; } = evidencePerLink >= 0 ? evidencePerLink : throw new ArgumentOutOfRangeException(nameof(evidencePerLink));

    /// <inheritdoc />
    public async Task WriteAsync(ActorSubgraph graph, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var filter = evidenceFilter ?? RelationFilter.Default;
        var json = new Utf8JsonWriter(output, Options);
        await using (json.ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteBoolean("directed", true);
            json.WriteBoolean("multigraph", true);
            json.WriteStartArray("nodes");
            foreach (var actor in graph.Actors)
            {
                json.WriteStartObject();
                json.WriteString("id", actor.Id.Value);
                json.WriteString("name", actor.Name);
                json.WriteString("kind", actor.Kind.ToName());
                Optional(json, "country", actor.Country);
                Optional(json, "sector", actor.Sector);
                json.WriteEndObject();
                await FlushIfFullAsync(json, cancellationToken);
            }

            json.WriteEndArray();
            json.WriteStartArray("links");
            foreach (var relation in graph.Relations)
            {
                json.WriteStartObject();
                json.WriteString("source", relation.Source.Value);
                json.WriteString("target", relation.Target.Value);
                json.WriteString("type", relation.Type.ToName());
                json.WriteString("quad", relation.Type.Quad().ToName());
                json.WriteBoolean("symmetric", relation.Type.IsSymmetric());
                json.WriteNumber("events", relation.EventCount);
                json.WriteNumber("articles", relation.ArticleCount);
                json.WriteString("first", ExportText.Date(relation.FirstDate));
                json.WriteString("last", ExportText.Date(relation.LastDate));
                json.WriteNumber("confidence", relation.MeanConfidence);
                if (reader is not null && EvidencePerLink > 0)
                {
                    json.WriteStartArray("evidence");
                    await foreach (var e in EdgeEvidence.ReadAsync(reader, relation, filter, EvidencePerLink, cancellationToken))
                    {
                        WriteEvidence(json, e);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
                await FlushIfFullAsync(json, cancellationToken);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken);
        }
    }

    private static void WriteEvidence(Utf8JsonWriter json, ActorEvent e)
    {
        json.WriteStartObject();
        json.WriteString("article", e.ArticleId);
        json.WriteString("date", ExportText.Date(e.Date));
        json.WriteString("modality", e.Modality.ToString().ToLowerInvariant());
        json.WriteString("source", e.Source.Id.Value);
        json.WriteString("target", e.Target.Id.Value);
        json.WriteString("sentence", e.Evidence.Sentence);
        json.WriteNumber("confidence", e.Evidence.Confidence);
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static async ValueTask FlushIfFullAsync(Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        if (json.BytesPending > 1 << 16)
        {
            await json.FlushAsync(cancellationToken);
        }
    }
}
