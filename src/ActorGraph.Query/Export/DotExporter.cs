using System.Text;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;

namespace ActorGraph.Query.Export;

/// <summary>
/// Graphviz DOT: a digraph whose nodes are quoted actor ids labelled with names, and whose edges carry their type as
/// label plus the counts and dates as attributes; symmetric types are drawn without arrowheads (<c>dir=none</c>).
/// </summary>
public sealed class DotExporter : IGraphExporter
{
    /// <inheritdoc />
    public async Task WriteAsync(ActorSubgraph graph, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var writer = new StreamWriter(output, ExportText.Utf8, bufferSize: 1 << 16, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            writer.NewLine = "\n";
            await writer.WriteLineAsync("digraph \"actorgraph\" {".AsMemory(), cancellationToken);
            await writer.WriteLineAsync("  node [shape=box];".AsMemory(), cancellationToken);
            foreach (var actor in graph.Actors)
            {
                var line = new StringBuilder("  ").Append(Quote(actor.Id.Value)).Append(" [label=").Append(Quote(actor.Name))
                    .Append(", kind=").Append(Quote(actor.Kind.ToName()));
                if (actor.Country is not null)
                {
                    line.Append(", country=").Append(Quote(actor.Country));
                }

                await writer.WriteLineAsync(line.Append("];"), cancellationToken);
            }

            foreach (var relation in graph.Relations)
            {
                var line = new StringBuilder("  ")
                    .Append(Quote(relation.Source.Value)).Append(" -> ").Append(Quote(relation.Target.Value))
                    .Append(" [label=").Append(Quote(relation.Type.ToName()))
                    .Append(", type=").Append(Quote(relation.Type.ToName()))
                    .Append(", quad=").Append(Quote(relation.Type.Quad().ToName()))
                    .Append(", events=").Append(Quote(ExportText.Number(relation.EventCount)))
                    .Append(", articles=").Append(Quote(ExportText.Number(relation.ArticleCount)))
                    .Append(", first=").Append(Quote(ExportText.Date(relation.FirstDate)))
                    .Append(", last=").Append(Quote(ExportText.Date(relation.LastDate)))
                    .Append(", confidence=").Append(Quote(ExportText.Number(relation.MeanConfidence)));
                if (relation.Type.IsSymmetric())
                {
                    line.Append(", dir=none");
                }

                await writer.WriteLineAsync(line.Append("];"), cancellationToken);
            }

            await writer.WriteLineAsync("}".AsMemory(), cancellationToken);
        }

        await output.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// A DOT quoted string Graphviz reads back unchanged and renders to valid SVG: quotes and backslashes escaped (a
    /// trailing backslash would otherwise swallow the closing quote), line breaks as <c>\n</c>, <c>&amp;</c> as
    /// <c>&amp;amp;</c> (Graphviz reads entities in strings), control characters as their Unicode control pictures
    /// (U+2400 ...; XML, and so SVG, cannot carry them), and C1 controls, lone surrogates and U+FFFE/U+FFFF as U+FFFD.
    /// </summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '&': builder.Append("&amp;"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r':
                    if (i + 1 >= text.Length || text[i + 1] != '\n')
                    {
                        builder.Append("\\n");
                    }

                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c) || c is >= '\u0080' and <= '\u009F' or '\uFFFE' or '\uFFFF')
                    {
                        builder.Append('\uFFFD');
                    }
                    else if (c < ' ')
                    {
                        builder.Append((char)('\u2400' + c));
                    }
                    else if (c == '\u007F')
                    {
                        builder.Append('\u2421');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
