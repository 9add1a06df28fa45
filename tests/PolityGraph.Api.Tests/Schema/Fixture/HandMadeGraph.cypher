// A small graph in the model's shape (graph-model/README.md) with facts chosen for precise
// assertions: three successive secretaries of one post, a tenure known only from attestations,
// a tenure with stated bounds, events on known dates, two resolutions sharing a code.
// The names are real officials; the dates and quotes are made up for the tests.
CREATE (s1:Source {id: 'source:article-one', title: 'Article one', publisher: 'TTXVN', publishedOn: '2023-04-12', text: 'Bí thư Thành ủy Hà Nội Đinh Tiến Dũng phát biểu. Phó Bí thư Thường trực Thành ủy Nguyễn Thị Tuyến trình bày.', file: 'sources/one.txt'})
CREATE (s2:Source {id: 'source:article-two', title: 'Article two', publisher: 'Kinhtedothi', publishedOn: '2018-01-18', text: 'Bí thư Thành ủy Hoàng Trung Hải phát biểu.', file: 'sources/two.txt'})
CREATE (s3:Source {id: 'source:article-three', title: 'Article three', publisher: null, publishedOn: '2020-08-05', text: 'Bí thư Thành ủy Hà Nội Vương Đình Huệ phát biểu.', file: 'sources/three.txt'})

CREATE (cc:Body {id: 'body:central-committee', name: 'Ban Chấp hành Trung ương Đảng', nameEn: 'Central Committee', abbreviation: 'BCHTW', kind: 'CENTRAL_COMMITTEE', aliases: ['Trung ương'], searchKey: 'ban chap hanh trung uong dang central committee bchtw trung uong'})
CREATE (hn:Body {id: 'body:hanoi-party-committee', name: 'Thành ủy Hà Nội', nameEn: 'Hanoi Party Committee', kind: 'PARTY_COMMITTEE', aliases: [], searchKey: 'thanh uy ha noi hanoi party committee'})
CREATE (hs:Body {id: 'body:hanoi-standing-committee', name: 'Ban Thường vụ Thành ủy Hà Nội', nameEn: 'Hanoi Party Standing Committee', kind: 'STANDING_COMMITTEE', aliases: [], searchKey: 'ban thuong vu thanh uy ha noi hanoi party standing committee'})
CREATE (hn)-[:PART_OF]->(cc), (hs)-[:PART_OF]->(hn)
CREATE (hn)-[:ATTESTED_BY {quote: 'Thành ủy Hà Nội'}]->(s1)

CREATE (sec:Position {id: 'position:secretary-hanoi-party-committee', title: 'Bí thư Thành ủy Hà Nội', titleEn: 'Secretary of the Hanoi Party Committee', searchKey: 'bi thu thanh uy ha noi secretary of the hanoi party committee'})
CREATE (dep:Position {id: 'position:standing-deputy-secretary-hanoi-party-committee', title: 'Phó Bí thư Thường trực Thành ủy Hà Nội', titleEn: 'Standing Deputy Secretary of the Hanoi Party Committee', searchKey: 'pho bi thu thuong truc thanh uy ha noi standing deputy secretary of the hanoi party committee'})
CREATE (sec)-[:IN_BODY]->(hn), (dep)-[:IN_BODY]->(hn)

CREATE (dung:Person {id: 'person:dinh-tien-dung', name: 'Đinh Tiến Dũng', aliases: [], searchKey: 'dinh tien dung'})
CREATE (hue:Person {id: 'person:vuong-dinh-hue', name: 'Vương Đình Huệ', aliases: ['Huệ'], searchKey: 'vuong dinh hue hue'})
CREATE (hai:Person {id: 'person:hoang-trung-hai', name: 'Hoàng Trung Hải', aliases: [], searchKey: 'hoang trung hai'})
CREATE (tuyen:Person {id: 'person:nguyen-thi-tuyen', name: 'Nguyễn Thị Tuyến', aliases: [], searchKey: 'nguyen thi tuyen'})
CREATE (dung)-[:ATTESTED_BY {quote: 'Bí thư Thành ủy Hà Nội Đinh Tiến Dũng'}]->(s1)
CREATE (tuyen)-[:ATTESTED_BY {quote: 'Phó Bí thư Thường trực Thành ủy Nguyễn Thị Tuyến'}]->(s1)
CREATE (hai)-[:ATTESTED_BY {quote: 'Bí thư Thành ủy Hoàng Trung Hải'}]->(s2)

// Known only from attestations: held on [2018-01-18, 2018-01-18].
CREATE (hai)-[:HELD {id: 'tenure:hoang-trung-hai--secretary-hanoi-party-committee', from: null, to: null, attestedOn: ['2018-01-18'], evidenceSources: ['source:article-two'], evidenceQuotes: ['Bí thư Thành ủy Hoàng Trung Hải'], certainty: 'stated'}]->(sec)
// Stated bounds: held on [2020-02-07, 2021-03-12].
CREATE (hue)-[:HELD {id: 'tenure:vuong-dinh-hue--secretary-hanoi-party-committee', from: '2020-02-07', to: '2021-03-12', attestedOn: ['2020-08-04'], evidenceSources: ['source:article-three'], evidenceQuotes: ['Bí thư Thành ủy Hà Nội Vương Đình Huệ'], certainty: 'stated'}]->(sec)
// A stated start and attestations, no stated end: held on [2021-03-12, 2023-04-12].
CREATE (dung)-[:HELD {id: 'tenure:dinh-tien-dung--secretary-hanoi-party-committee', from: '2021-03-12', to: null, attestedOn: ['2023-04-12', '2023-01-11'], evidenceSources: ['source:article-one', 'source:article-one'], evidenceQuotes: ['Bí thư Thành ủy Hà Nội Đinh Tiến Dũng', 'Bí thư Thành ủy Hà Nội Đinh Tiến Dũng'], certainty: 'stated'}]->(sec)
CREATE (tuyen)-[:HELD {id: 'tenure:nguyen-thi-tuyen--standing-deputy-secretary-hanoi-party-committee', from: null, to: null, attestedOn: ['2023-01-11', '2023-04-12'], evidenceSources: ['source:article-one'], evidenceQuotes: ['Phó Bí thư Thường trực Thành ủy Nguyễn Thị Tuyến'], certainty: 'stated'}]->(dep)

CREATE (r15:Resolution {id: 'resolution:15-nq-tw-2007', code: '15-NQ/TW', kind: 'RESOLUTION', title: 'Tiếp tục đổi mới phương thức lãnh đạo của Đảng đối với hoạt động của hệ thống chính trị', issuedOn: '2007-07-30', term: 'X', plenum: 5, aliases: ['Nghị quyết Trung ương 5, khóa X'], searchKey: '15-nq/tw tiep tuc doi moi phuong thuc lanh dao nghi quyet trung uong 5, khoa x'})
CREATE (r28:Resolution {id: 'resolution:28-nq-tw-2022', code: '28-NQ/TƯ', kind: 'RESOLUTION', title: 'Tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của Đảng', issuedOn: '2022-11-17', term: 'XIII', plenum: 6, aliases: [], searchKey: '28-nq/tu tiep tuc doi moi phuong thuc lanh dao, cam quyen cua dang'})
// A municipal resolution that shares its number with the central one: code lookups must not guess.
CREATE (h15:Resolution {id: 'resolution:hanoi-15-2017', code: '15-NQ/TW', kind: 'RESOLUTION', title: 'Về việc xây dựng tổ chức cơ sở đảng trong sạch vững mạnh', issuedOn: null, term: 'XVI', plenum: null, aliases: ['Nghị quyết số 15'], searchKey: '15-nq/tw ve viec xay dung to chuc co so dang trong sach vung manh nghi quyet so 15'})
CREATE (r15)-[:ISSUED_BY]->(cc), (r28)-[:ISSUED_BY]->(cc), (h15)-[:ISSUED_BY]->(hn)
CREATE (r15)-[:ATTESTED_BY {quote: 'Nghị quyết số 15-NQ/TW'}]->(s1)

CREATE (plenum:Event {id: 'event:2023-01-11-hanoi-party-committee-plenum-11', title: 'Hội nghị lần thứ mười một, Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVII', kind: 'PLENUM', date: '2023-01-11', location: 'Hà Nội', searchKey: 'hoi nghi lan thu muoi mot ban chap hanh dang bo thanh pho ha noi khoa xvii'})
CREATE (session:Event {id: 'event:2023-04-12-working-group-1-hanoi', title: 'Đoàn công tác số 1 làm việc với Ban Thường vụ Thành ủy Hà Nội', kind: 'WORKING_SESSION', date: '2023-04-12', location: 'Hà Nội', searchKey: 'doan cong tac so 1 lam viec voi ban thuong vu thanh uy ha noi'})
CREATE (congress:Event {id: 'event:2020-08-04-hanoi-agencies-congress', title: 'Đại hội đại biểu lần thứ XIII Đảng bộ Khối các cơ quan TP. Hà Nội', kind: 'CONGRESS', date: '2020-08-04', location: null, searchKey: 'dai hoi dai bieu lan thu xiii dang bo khoi cac co quan tp. ha noi'})
CREATE (plenum)-[:HOSTED_BY]->(hn), (session)-[:HOSTED_BY]->(hs), (congress)-[:HOSTED_BY]->(hn)
CREATE (plenum)-[:DISCUSSED]->(r28), (session)-[:DISCUSSED]->(r15)
CREATE (plenum)-[:ATTESTED_BY {quote: 'Hội nghị lần thứ mười một'}]->(s1)
CREATE (tuyen)-[:PARTICIPATED_IN {id: 'participation:nguyen-thi-tuyen--2023-01-11-hanoi-party-committee-plenum-11--presented', role: 'PRESENTED', about: ['resolution:28-nq-tw-2022'], evidenceSources: ['source:article-one'], evidenceQuotes: ['Phó Bí thư Thường trực Thành ủy Nguyễn Thị Tuyến trình bày.']}]->(plenum)
CREATE (dung)-[:PARTICIPATED_IN {id: 'participation:dinh-tien-dung--2023-01-11-hanoi-party-committee-plenum-11--chaired', role: 'CHAIRED', about: ['resolution:28-nq-tw-2022', 'resolution:15-nq-tw-2007'], evidenceSources: [], evidenceQuotes: []}]->(plenum)
CREATE (dung)-[:PARTICIPATED_IN {id: 'participation:dinh-tien-dung--2023-04-12-working-group-1-hanoi--spoke', role: 'SPOKE', about: ['resolution:15-nq-tw-2007'], evidenceSources: ['source:article-one'], evidenceQuotes: ['Bí thư Thành ủy Hà Nội Đinh Tiến Dũng phát biểu.']}]->(session)
CREATE (hue)-[:PARTICIPATED_IN {id: 'participation:vuong-dinh-hue--2020-08-04-hanoi-agencies-congress--spoke', role: 'SPOKE', about: [], evidenceSources: ['source:article-three'], evidenceQuotes: ['Bí thư Thành ủy Hà Nội Vương Đình Huệ phát biểu.']}]->(congress)
