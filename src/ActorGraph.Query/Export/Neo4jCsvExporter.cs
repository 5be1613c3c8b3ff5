using System.Text;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;

namespace ActorGraph.Query.Export;

/// <summary>
/// The two CSV files <c>neo4j-admin database import</c> reads: <c>actors.csv</c> (<c>id:ID,name,kind,country,:LABEL</c>,
/// labelled <c>Actor;Kind</c>) and <c>relations.csv</c> (<c>:START_ID,:END_ID,:TYPE,events:int,articles:int,first:date,
/// last:date,confidence:double</c>). Text fields are always quoted with inner quotes doubled; backslashes are literal
/// (neo4j-admin's default, <c>--legacy-style-quoting=false</c>), and names with line breaks need <c>--multiline-fields=true</c>.
/// </summary>
public sealed class Neo4jCsvExporter
{
    /// <summary>The actors file's name.</summary>
    public const string ActorsFile = "actors.csv";

    /// <summary>The relations file's name.</summary>
    public const string RelationsFile = "relations.csv";

    /// <summary>The actors file's header.</summary>
    public const string ActorsHeader = "id:ID,name,kind,country,:LABEL";

    /// <summary>The relations file's header.</summary>
    public const string RelationsHeader = ":START_ID,:END_ID,:TYPE,events:int,articles:int,first:date,last:date,confidence:double";

    /// <summary>Writes both files into a directory, creating it if needed; returns their paths.</summary>
    public async Task<(string Actors, string Relations)> WriteToDirectoryAsync(
        ActorSubgraph graph, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        var actorsPath = Path.Combine(directory, ActorsFile);
        var relationsPath = Path.Combine(directory, RelationsFile);
        var actors = File.Create(actorsPath);
        await using (actors.ConfigureAwait(false))
        {
            var relations = File.Create(relationsPath);
            await using (relations.ConfigureAwait(false))
            {
                await WriteAsync(graph, actors, relations, cancellationToken);
            }
        }

        return (actorsPath, relationsPath);
    }

    /// <summary>Writes the two files' contents to two strings.</summary>
    public async Task<(string Actors, string Relations)> WriteToStringsAsync(ActorSubgraph graph, CancellationToken cancellationToken = default)
    {
        using var actors = new MemoryStream();
        using var relations = new MemoryStream();
        await WriteAsync(graph, actors, relations, cancellationToken);
        return (ExportText.Utf8.GetString(actors.ToArray()), ExportText.Utf8.GetString(relations.ToArray()));
    }

    /// <summary>Writes the actors file to one stream and the relations file to another, leaving both open.</summary>
    public async Task WriteAsync(ActorSubgraph graph, Stream actors, Stream relations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(relations);
        var actorWriter = new StreamWriter(actors, ExportText.Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
        await using (actorWriter.ConfigureAwait(false))
        {
            await actorWriter.WriteLineAsync(ActorsHeader.AsMemory(), cancellationToken);
            foreach (var actor in graph.Actors)
            {
                var line = new StringBuilder()
                    .Append(Quote(actor.Id.Value)).Append(',')
                    .Append(Quote(actor.Name)).Append(',')
                    .Append(Quote(actor.Kind.ToName())).Append(',')
                    .Append(actor.Country is null ? "" : Quote(actor.Country)).Append(',')
                    .Append(Quote("Actor;" + ExportText.Label(actor.Kind)));
                await actorWriter.WriteLineAsync(line, cancellationToken);
            }
        }

        var relationWriter = new StreamWriter(relations, ExportText.Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
        await using (relationWriter.ConfigureAwait(false))
        {
            await relationWriter.WriteLineAsync(RelationsHeader.AsMemory(), cancellationToken);
            foreach (var relation in graph.Relations)
            {
                var line = new StringBuilder()
                    .Append(Quote(relation.Source.Value)).Append(',')
                    .Append(Quote(relation.Target.Value)).Append(',')
                    .Append(relation.Type.ToName()).Append(',')
                    .Append(ExportText.Number(relation.EventCount)).Append(',')
                    .Append(ExportText.Number(relation.ArticleCount)).Append(',')
                    .Append(ExportText.Date(relation.FirstDate)).Append(',')
                    .Append(ExportText.Date(relation.LastDate)).Append(',')
                    .Append(ExportText.Number(relation.MeanConfidence));
                await relationWriter.WriteLineAsync(line, cancellationToken);
            }
        }

        await actors.FlushAsync(cancellationToken);
        await relations.FlushAsync(cancellationToken);
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
