using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorGraph.Server.Api.Contracts;

/// <summary>Source-generated JSON for every answer type: camelCase web defaults, no reflection per request.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ActorSearchResult))]
[JsonSerializable(typeof(ActorDetail))]
[JsonSerializable(typeof(NeighbourhoodDto))]
[JsonSerializable(typeof(PathsDto))]
[JsonSerializable(typeof(WhoMetDto))]
[JsonSerializable(typeof(AlignmentDto))]
[JsonSerializable(typeof(AlignmentRankingDto))]
[JsonSerializable(typeof(IReadOnlyList<BlocDto>))]
[JsonSerializable(typeof(EvidencePage))]
[JsonSerializable(typeof(IngestResult))]
[JsonSerializable(typeof(ArticleInput))]
[JsonSerializable(typeof(StatsDto))]
[JsonSerializable(typeof(HealthDto))]
internal sealed partial class ApiJson : JsonSerializerContext;
