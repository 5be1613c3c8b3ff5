using System.IO.Compression;
using ActorGraph.Query;
using ActorGraph.Query.Export;
using ActorGraph.Server.Snapshots;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace ActorGraph.Server.Api;

/// <summary><c>GET /export</c>: the neighbourhood around an actor, or the whole graph, as a download for another tool.</summary>
internal static class ExportEndpoints
{
    private static readonly Dictionary<string, (GraphExportFormat Format, string MediaType, string Extension)> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["graphml"] = (GraphExportFormat.GraphML, "application/graphml+xml", "graphml"),
        ["gexf"] = (GraphExportFormat.Gexf, "application/gexf+xml", "gexf"),
        ["dot"] = (GraphExportFormat.Dot, "text/vnd.graphviz", "dot"),
        ["json"] = (GraphExportFormat.Json, "application/json", "json"),
        ["csv"] = (GraphExportFormat.Csv, "application/zip", "zip"),
        ["cypher"] = (GraphExportFormat.Cypher, "application/x-cypher-query", "cypher"),
    };

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/export", Export)
            .WithName("Export")
            .WithSummary("Streams the neighbourhood of 'around' (or the whole graph) as graphml, gexf, dot, json (node-link), csv (a zip of neo4j-admin files) or cypher.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task Export(
        HttpContext context, SnapshotHolder holder, ServerStore store,
        string? format = null, string? around = null, string? depth = null, string? types = null, string? since = null, string? until = null,
        string? minEvents = null, string? modality = null, string? evidence = null, CancellationToken cancellationToken = default)
    {
        var q = new QueryReader(context.Request.Query);
        var name = q.Choice("format", "", [.. Formats.Keys]);
        if (name.Length == 0)
        {
            q.Fail("format", $"'format' is required: one of {string.Join(", ", Formats.Keys)}.");
        }

        var center = q.Text("around");
        var hops = q.Int("depth", 1, 0, 3);
        var perLink = q.Int("evidence", 0, 0, 20);
        var filtered = new[] { "types", "since", "until", "minEvents", "modality" }.Any(p => q.Text(p) is not null);
        var filter = q.Filter();
        q.ThrowIfInvalid();
        var snapshot = ApiRequest.Snapshot(context, holder);
        var graph = snapshot.Graph;
        // As in the CLI: without filter parameters the whole graph goes out, hypothetical relations included.
        var subgraph = center is not null
            ? graph.Around(ApiRequest.Resolve(snapshot, center, "around").Id, hops, filter)
            : graph.ToSubgraph(filtered ? filter : null);
        var (chosen, mediaType, extension) = Formats[name];
        var file = center is null ? "actorgraph" : "actorgraph-" + string.Concat(center.Select(c => char.IsLetterOrDigit(c) ? c : '-'));
        context.Response.ContentType = mediaType;
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{file}.{extension}\"";
        if (chosen == GraphExportFormat.Csv)
        {
            // The two CSV files travel as one zip, built in memory: the zip writer is synchronous and Kestrel is not.
            var (actors, relations) = await new Neo4jCsvExporter().WriteToStringsAsync(subgraph, cancellationToken);
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                WriteEntry(zip, Neo4jCsvExporter.ActorsFile, actors);
                WriteEntry(zip, Neo4jCsvExporter.RelationsFile, relations);
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(context.Response.Body, cancellationToken);
            return;
        }

        // Some exporters write synchronously (XmlWriter) and Kestrel forbids that; the buffer spills to a temp file past 32 KiB.
        await using var buffered = new FileBufferingWriteStream();
        await GraphExporters.For(chosen, store.Store, perLink).WriteAsync(subgraph, buffered, cancellationToken);
        await buffered.DrainBufferAsync(context.Response.Body, cancellationToken);
    }

    private static void WriteEntry(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
    }
}
