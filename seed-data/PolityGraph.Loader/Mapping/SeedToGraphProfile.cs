using AutoMapper;
using PolityGraph.GraphModel.Vocabulary;
using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Records;

namespace PolityGraph.Loader.Mapping;

/// <summary>
/// File records → graph entities. AutoMapper 14.0.0, the last MIT version: 15 and later are
/// dual-licensed and log a license warning on every run without a key, which would end up in every
/// load's output. NuGet's audit flags 14.0.0 for GHSA-rvv3-g6hj-g44x (a stack overflow mapping a
/// self-referential type); no map here is (MapperConfigurationTests walks them), so the csproj
/// suppresses that advisory alone.
/// </summary>
public sealed class SeedToGraphProfile : Profile
{
    public SeedToGraphProfile()
    {
        CreateMap<Located, string>().ConvertUsing(located => located == null ? null! : located.Value);
        CreateMap<Certainty, string>().ConvertUsing(certainty => certainty == Certainty.Inferred ? "inferred" : "stated");

        CreateMap<SourceRecord, SourceNode>()
            .ForMember(node => node.Text, options => options.Ignore()); // read from the file, not the record
        CreateMap<PersonRecord, PersonNode>()
            .ForMember(node => node.SearchKey, options => options.MapFrom(record => SearchKeys.For(record)));
        CreateMap<BodyRecord, BodyNode>()
            .ForMember(node => node.SearchKey, options => options.MapFrom(record => SearchKeys.For(record)));
        CreateMap<PositionRecord, PositionNode>()
            .ForMember(node => node.SearchKey, options => options.MapFrom(record => SearchKeys.For(record)));
        CreateMap<ResolutionRecord, ResolutionNode>()
            .ForMember(node => node.SearchKey, options => options.MapFrom(record => SearchKeys.For(record)));
        CreateMap<EventRecord, EventNode>()
            .ForMember(node => node.SearchKey, options => options.MapFrom(record => SearchKeys.For(record)));

        CreateMap<TenureRecord, HeldRelationship>()
            .ForMember(held => held.EvidenceSources, options => options.MapFrom(record => record.Evidence.Select(e => e.Source.Value)))
            .ForMember(held => held.EvidenceQuotes, options => options.MapFrom(record => record.Evidence.Select(e => e.Quote.Value)));
        CreateMap<ParticipationRecord, ParticipatedInRelationship>()
            .ForMember(took => took.EvidenceSources, options => options.MapFrom(record => record.Evidence.Select(e => e.Source.Value)))
            .ForMember(took => took.EvidenceQuotes, options => options.MapFrom(record => record.Evidence.Select(e => e.Quote.Value)));
    }

    /// <summary>The loader's mapping configuration, asserted valid (every destination member mapped or ignored).</summary>
    public static MapperConfiguration CreateConfiguration()
    {
        var configuration = new MapperConfiguration(c => c.AddProfile<SeedToGraphProfile>());
        configuration.AssertConfigurationIsValid();
        return configuration;
    }

    public static IMapper CreateMapper() => CreateConfiguration().CreateMapper();
}
