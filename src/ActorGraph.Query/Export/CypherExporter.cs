using System.Globalization;
using System.Text;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;

namespace ActorGraph.Query.Export;

/// <summary>
/// A Cypher script that loads the subgraph into Neo4j with parameter-free statements (for <c>cypher-shell -f</c>):
/// a uniqueness constraint, one <c>MERGE</c> per actor (<c>:Actor</c> plus its kind as a label) and one per relation,
/// typed by its PLOVER name. Values are inline, so every string literal is escaped.
/// </summary>
public sealed class CypherExporter : IGraphExporter
{
    /// <inheritdoc />
    public async Task WriteAsync(ActorSubgraph graph, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var writer = new StreamWriter(output, ExportText.Utf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteLineAsync(
                $"// ActorGraph export: {graph.Actors.Count} actors, {graph.Relations.Count} relations.".AsMemory(), cancellationToken);
            await writer.WriteLineAsync(
                "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;".AsMemory(), cancellationToken);
            foreach (var actor in graph.Actors)
            {
                var line = new StringBuilder("MERGE (a:Actor {id: ").Append(Literal(actor.Id.Value)).Append("}) SET a:")
                    .Append(ExportText.Label(actor.Kind))
                    .Append(", a.name = ").Append(Literal(actor.Name))
                    .Append(", a.kind = ").Append(Literal(actor.Kind.ToName()));
                if (actor.Country is not null)
                {
                    line.Append(", a.country = ").Append(Literal(actor.Country));
                }

                await writer.WriteLineAsync(line.Append(';'), cancellationToken);
            }

            foreach (var relation in graph.Relations)
            {
                var line = new StringBuilder("MATCH (s:Actor {id: ").Append(Literal(relation.Source.Value))
                    .Append("}), (t:Actor {id: ").Append(Literal(relation.Target.Value))
                    .Append("}) MERGE (s)-[r:").Append(relation.Type.ToName()).Append("]->(t) SET ")
                    .Append("r.quad = ").Append(Literal(relation.Type.Quad().ToName()))
                    .Append(", r.symmetric = ").Append(relation.Type.IsSymmetric() ? "true" : "false")
                    .Append(", r.events = ").Append(ExportText.Number(relation.EventCount))
                    .Append(", r.articles = ").Append(ExportText.Number(relation.ArticleCount))
                    .Append(", r.first = date(").Append(Literal(ExportText.Date(relation.FirstDate))).Append(')')
                    .Append(", r.last = date(").Append(Literal(ExportText.Date(relation.LastDate))).Append(')')
                    .Append(", r.confidence = ").Append(Float(relation.MeanConfidence))
                    .Append(';');
                await writer.WriteLineAsync(line, cancellationToken);
            }
        }

        await output.FlushAsync(cancellationToken);
    }

    /// <summary>A single-quoted Cypher string literal: backslash, quotes and control characters escaped.</summary>
    public static string Literal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\'': builder.Append("\\'"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('\'').ToString();
    }

    // A whole-number double must keep its point, or Cypher stores an integer.
    private static string Float(double value)
    {
        if (!double.IsFinite(value))
        {
            return "null";
        }

        var text = ExportText.Number(value);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
