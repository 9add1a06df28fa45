using AutoMapper;
using PolityGraph.GraphModel.Vocabulary;
using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Records;

namespace PolityGraph.Loader.Mapping;

/// <summary>
/// File records → graph entities. AutoMapper 8.0.0 (MIT): versions 15+ are dual-licensed and log a
/// license warning on every run without a key, which would end up in every load's output; the
/// mapping here needs nothing newer than 8 offers.
/// </summary>
public sealed class SeedToGraphProfile : Profile
{
    public SeedToGraphProfile()
    {
        AutoMapperOnNet10.KeepOnlyPublicSourceExtensionMethods(this);
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

    public static IMapper CreateMapper()
    {
        var configuration = new MapperConfiguration(c =>
        {
            AutoMapperOnNet10.KeepOnlyPublicSourceExtensionMethods(c);
            c.AddProfile<SeedToGraphProfile>();
        });
        configuration.AssertConfigurationIsValid();
        return configuration.CreateMapper();
    }
}
