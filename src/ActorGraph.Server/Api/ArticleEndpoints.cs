using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ActorGraph.Core.Articles;
using ActorGraph.Core.Storage;
using ActorGraph.Extraction;
using ActorGraph.Server.Api.Contracts;
using ActorGraph.Server.Hosting;
using ActorGraph.Server.Snapshots;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActorGraph.Server.Api;

/// <summary><c>POST /articles</c>: extracts events from posted articles and stores them; needs the configured API key.</summary>
internal static class ArticleEndpoints
{
    /// <summary>The header that carries the write key.</summary>
    public const string KeyHeader = "X-Api-Key";

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/articles", PostAsync)
            .WithName("PostArticles")
            .WithSummary("Extracts and stores one article or an array of them ({id, title, text, published, url, source}); needs the X-Api-Key header. The graph is rebuilt in the background.")
            .Accepts<ArticleInput[]>("application/json")
            .Produces<IngestResult>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<IngestResult> PostAsync(
        HttpContext context, ServerStore store, SnapshotHolder holder, Lazy<EventExtractor> extractor, IOptions<ServerOptions> options,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(ArticleEndpoints).FullName!);
        CheckKey(context, options.Value.ApiKey, logger);
        var inputs = await ReadAsync(context, options.Value.MaxArticlesPerRequest, cancellationToken);
        var batch = inputs.Select(a => new ExtractedArticle(a, extractor.Value.Extract(a))).ToList();
        var report = await store.Store.IngestAsync(batch, cancellationToken);
        ServerLog.ArticlesPosted(logger, batch.Count, report.ArticlesNew, report.ArticlesReplaced, report.EventsStored);
        holder.RequestRefresh();
        return new IngestResult(
            report.ArticlesNew, report.ArticlesSkipped, report.ArticlesReplaced, report.EventsStored,
            [.. batch.SelectMany(a => a.Events).Select(EvidenceDto.Of)]);
    }

    private static void CheckKey(HttpContext context, string? configured, ILogger logger)
    {
        if (string.IsNullOrEmpty(configured))
        {
            ServerLog.WriteRefused(logger, "no Server:ApiKey is configured");
            throw new ApiProblemException(StatusCodes.Status403Forbidden, "Writes are disabled.",
                "This server has no API key configured (Server:ApiKey), so it refuses every write.");
        }

        var given = context.Request.Headers[KeyHeader].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(configured)))
        {
            ServerLog.WriteRefused(logger, given.Length == 0 ? $"no {KeyHeader} header" : $"a wrong {KeyHeader}");
            context.Response.Headers.WWWAuthenticate = KeyHeader;
            throw new ApiProblemException(StatusCodes.Status401Unauthorized, "A valid API key is required.",
                given.Length == 0 ? $"Send the write key in the {KeyHeader} header." : $"The {KeyHeader} header does not hold the configured key.");
        }
    }

    private static async Task<List<Article>> ReadAsync(HttpContext context, int maxArticles, CancellationToken cancellationToken)
    {
        if (!context.Request.HasJsonContentType())
        {
            throw new ApiProblemException(StatusCodes.Status415UnsupportedMediaType, "JSON expected.", "Post articles as application/json.");
        }

        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            throw Invalid("body", $"The body is not JSON: {e.Message}");
        }

        var items = body.ValueKind == JsonValueKind.Array ? [.. body.EnumerateArray()] : new List<JsonElement> { body };
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (items.Count == 0 || items.Count > maxArticles)
        {
            errors["body"] = [$"Post 1 to {maxArticles} articles (got {items.Count})."];
        }

        var articles = new List<Article>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count && errors.Count == 0; i++)
        {
            var at = body.ValueKind == JsonValueKind.Array ? $"[{i}]" : "body";
            ArticleInput? input = null;
            try
            {
                input = items[i].ValueKind == JsonValueKind.Object ? items[i].Deserialize<ArticleInput>(JsonSerializerOptions.Web) : null;
            }
            catch (JsonException e)
            {
                errors[at] = [$"Not an article: {e.Message}"];
                continue;
            }

            var problems = new List<string>();
            if (input is null)
            {
                problems.Add("An article is a JSON object {id, title, text, published, url, source}.");
            }
            else
            {
                if (string.IsNullOrWhiteSpace(input.Id))
                {
                    problems.Add("'id' is required.");
                }
                else if (!ids.Add(input.Id.Trim()))
                {
                    problems.Add($"'id' {input.Id} appears twice in the request.");
                }

                if (string.IsNullOrWhiteSpace(input.Text))
                {
                    problems.Add("'text' is required.");
                }
            }

            if (problems.Count > 0)
            {
                errors[at] = [.. problems];
            }
            else
            {
                articles.Add(new Article(input!.Id!.Trim(), input.Title, input.Text!, input.Published, input.Url, input.Source));
            }
        }

        if (errors.Count > 0)
        {
            throw new ApiProblemException(StatusCodes.Status400BadRequest, "The articles are invalid.",
                string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
                new Dictionary<string, object?> { ["errors"] = errors });
        }

        return articles;
    }

    private static ApiProblemException Invalid(string field, string message) =>
        new(StatusCodes.Status400BadRequest, "The articles are invalid.", message,
            new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });
}
