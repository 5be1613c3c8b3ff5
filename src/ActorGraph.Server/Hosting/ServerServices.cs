using ActorGraph.Extraction;
using ActorGraph.Extraction.Knowledge;
using ActorGraph.Server.Api;
using ActorGraph.Server.Snapshots;
using ActorGraph.Storage.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ActorGraph.Server.Hosting;

/// <summary>Registers the server's options, store, snapshot refresher and API plumbing.</summary>
internal static class ServerServices
{
    public static IServiceCollection AddActorGraphServer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ServerOptions>()
            .Bind(configuration.GetSection(ServerOptions.SectionName), binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServerOptions>, ServerOptionsValidator>();
        if (!string.IsNullOrWhiteSpace(configuration[$"{Neo4jOptions.Section}:Uri"]))
        {
            // Bad Neo4j settings stop the server at start, naming the setting, as they stop the worker.
            try
            {
                services.AddSingleton(Neo4jOptions.FromConfiguration(configuration.AsEnumerable()));
            }
            catch (ArgumentException e)
            {
                throw new OptionsValidationException(Neo4jOptions.Section, typeof(Neo4jOptions), [e.Message]);
            }
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StoreOpener>();
        services.AddSingleton<ServerStore>();
        services.AddSingleton<SnapshotHolder>();
        services.AddHostedService<SnapshotRefresher>();
        // The extractor loads the gazetteer and lexicon on the first write, not at start: most servers only read.
        services.AddSingleton(_ => new Lazy<EventExtractor>(() => new EventExtractor(ExtractionKnowledge.Load()), LazyThreadSafetyMode.ExecutionAndPublication));
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiProblems>();
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "ActorGraph API";
            document.Info.Description = "Geopolitical actors and their PLOVER-typed, dated, evidenced relations. Wherever an actor is named, an id (country/RUS) or a name (Putin) is accepted.";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, Api.Contracts.ApiJson.Default);
        });
        return services;
    }
}
