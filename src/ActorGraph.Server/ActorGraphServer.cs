using ActorGraph.Server.Api;
using ActorGraph.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;

namespace ActorGraph.Server;

/// <summary>The ActorGraph HTTP server: the JSON API under <c>/api/v1</c>, its OpenAPI document and the explorer page.</summary>
public static class ActorGraphServer
{
    /// <summary>Where the server listens when no <c>--urls</c> is given: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The route prefix of the JSON API.</summary>
    public const string ApiPrefix = "/api/v1";

    /// <summary>Builds the server from configuration arguments such as <c>--Server:Store=graph.db</c> and <c>--urls=...</c>.</summary>
    /// <param name="args">Configuration overrides, as on a command line.</param>
    /// <param name="configure">A last change to the builder before it builds (tests swap in an in-memory server here).</param>
    public static WebApplication BuildApp(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = Defaults });
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddActorGraphServer(builder.Configuration);
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(), preserveStaticLogger: true);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSerilogRequestLogging(options => options.GetLevel = RequestLevel);
        app.UseDefaultFiles();
        app.UseStaticFiles();
        var api = app.MapGroup(ApiPrefix).WithTags("ActorGraph");
        ActorEndpoints.Map(api);
        GraphEndpoints.Map(api);
        AlignmentEndpoints.Map(api);
        EvidenceEndpoints.Map(api);
        ExportEndpoints.Map(api);
        ArticleEndpoints.Map(api);
        StatusEndpoints.Map(api);
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapGet("/reference", () => Results.Redirect("/reference.html")).ExcludeFromDescription();
        return app;
    }

    /// <summary>Runs the server until stopped (Ctrl+C, SIGTERM or the token); returns the process exit code.</summary>
    /// <returns>0 after a clean stop, 2 for an invalid setting, 3 when the store cannot be used, 1 on any other error.</returns>
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        Log.Logger = new LoggerConfiguration().MinimumLevel.Override("Microsoft", LogEventLevel.Information).WriteTo.Console().CreateLogger();
        try
        {
            await using var app = BuildApp(args);
            await app.RunAsync(cancellationToken);
            return 0;
        }
        catch (Exception exception) when (StartupProblem(exception) is { } problem)
        {
            Log.Fatal("The server cannot start: {Problem}", problem.Message);
            await Console.Error.WriteLineAsync($"error: {problem.Message.ReplaceLineEndings(" ")}");
            return problem.Code;
        }
        catch (Exception exception)
        {
            Log.Fatal(exception, "The server could not run");
            return 1;
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }

    private static readonly Dictionary<string, string?> Defaults = new()
    {
        ["Serilog:MinimumLevel:Default"] = "Information",
        ["Serilog:MinimumLevel:Override:Microsoft"] = "Warning",
        ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Information",
    };

    // Health probes come every few seconds and say nothing; failures say the most.
    private static LogEventLevel RequestLevel(HttpContext context, double elapsedMilliseconds, Exception? exception) =>
        exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
        : context.Request.Path.StartsWithSegments(ApiPrefix + "/health", StringComparison.Ordinal) ? LogEventLevel.Verbose
        : LogEventLevel.Information;

    private static (string Message, int Code)? StartupProblem(Exception exception) => exception switch
    {
        OptionsValidationException invalid => (string.Join("; ", invalid.Failures), 2),
        InvalidOperationException when exception.Source == "Microsoft.Extensions.Configuration.Binder" =>
            (exception.InnerException is { } inner ? $"{exception.Message} {inner.Message}" : exception.Message, 2),
        FileNotFoundException missing => ($"no ActorGraph store at {missing.FileName} (ingest articles first, or name one with --store or Server:Store)", 3),
        Core.Storage.StoreFormatException or Core.Storage.StoreUnavailableException or Storage.Neo4j.Neo4jException or UnauthorizedAccessException => (exception.Message, 3),
        AggregateException aggregate when aggregate.InnerExceptions.Count == 1 => StartupProblem(aggregate.InnerExceptions[0]),
        _ => null,
    };
}
