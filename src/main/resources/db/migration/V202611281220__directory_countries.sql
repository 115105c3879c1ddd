-- Directory: the 33 Latin American and Caribbean member states, as listed in
-- shared/reference/countries.csv (names in es, en, pt, fr; the language the country's
-- government mostly writes in; subregion; whether it took part in the 2016 regional study).
create table country (
    iso2               varchar(2) primary key,
    iso3               varchar(3) not null,
    name_es            varchar(100) not null,
    name_en            varchar(100) not null,
    name_pt            varchar(100) not null,
    name_fr            varchar(100) not null,
    default_locale     varchar(5) not null,
    subregion          varchar(20) not null,
    in_regional_study  boolean not null,
    note               varchar(200)
);
create unique index country_iso3_uq on country (iso3);

insert into country (iso2, iso3, name_es, name_en, name_pt, name_fr, default_locale, subregion, in_regional_study, note) values
    ('AG', 'ATG', 'Antigua y Barbuda', 'Antigua and Barbuda', 'Antígua e Barbuda', 'Antigua-et-Barbuda', 'en', 'CARIBBEAN', true, null),
    ('AR', 'ARG', 'Argentina', 'Argentina', 'Argentina', 'Argentine', 'es', 'SOUTH_AMERICA', true, null),
    ('BS', 'BHS', 'Bahamas', 'Bahamas', 'Bahamas', 'Bahamas', 'en', 'CARIBBEAN', true, null),
    ('BB', 'BRB', 'Barbados', 'Barbados', 'Barbados', 'Barbade', 'en', 'CARIBBEAN', true, null),
    ('BZ', 'BLZ', 'Belice', 'Belize', 'Belize', 'Belize', 'en', 'CENTRAL_AMERICA', true, null),
    ('BO', 'BOL', 'Bolivia', 'Bolivia', 'Bolívia', 'Bolivie', 'es', 'SOUTH_AMERICA', true, null),
    ('BR', 'BRA', 'Brasil', 'Brazil', 'Brasil', 'Brésil', 'pt', 'SOUTH_AMERICA', true, null),
    ('CL', 'CHL', 'Chile', 'Chile', 'Chile', 'Chili', 'es', 'SOUTH_AMERICA', true, null),
    ('CO', 'COL', 'Colombia', 'Colombia', 'Colômbia', 'Colombie', 'es', 'SOUTH_AMERICA', true, null),
    ('CR', 'CRI', 'Costa Rica', 'Costa Rica', 'Costa Rica', 'Costa Rica', 'es', 'CENTRAL_AMERICA', true, null),
    ('CU', 'CUB', 'Cuba', 'Cuba', 'Cuba', 'Cuba', 'es', 'CARIBBEAN', false, 'does not take part in OAS activities'),
    ('DM', 'DMA', 'Dominica', 'Dominica', 'Dominica', 'Dominique', 'en', 'CARIBBEAN', true, null),
    ('DO', 'DOM', 'República Dominicana', 'Dominican Republic', 'República Dominicana', 'République dominicaine', 'es', 'CARIBBEAN', true, null),
    ('EC', 'ECU', 'Ecuador', 'Ecuador', 'Equador', 'Équateur', 'es', 'SOUTH_AMERICA', true, null),
    ('SV', 'SLV', 'El Salvador', 'El Salvador', 'El Salvador', 'Salvador', 'es', 'CENTRAL_AMERICA', true, null),
    ('GD', 'GRD', 'Granada', 'Grenada', 'Granada', 'Grenade', 'en', 'CARIBBEAN', true, null),
    ('GT', 'GTM', 'Guatemala', 'Guatemala', 'Guatemala', 'Guatemala', 'es', 'CENTRAL_AMERICA', true, null),
    ('GY', 'GUY', 'Guyana', 'Guyana', 'Guiana', 'Guyana', 'en', 'SOUTH_AMERICA', true, null),
    ('HT', 'HTI', 'Haití', 'Haiti', 'Haiti', 'Haïti', 'fr', 'CARIBBEAN', true, null),
    ('HN', 'HND', 'Honduras', 'Honduras', 'Honduras', 'Honduras', 'es', 'CENTRAL_AMERICA', true, null),
    ('JM', 'JAM', 'Jamaica', 'Jamaica', 'Jamaica', 'Jamaïque', 'en', 'CARIBBEAN', true, null),
    ('MX', 'MEX', 'México', 'Mexico', 'México', 'Mexique', 'es', 'NORTH_AMERICA', true, null),
    ('NI', 'NIC', 'Nicaragua', 'Nicaragua', 'Nicarágua', 'Nicaragua', 'es', 'CENTRAL_AMERICA', true, 'left the OAS in November 2023'),
    ('PA', 'PAN', 'Panamá', 'Panama', 'Panamá', 'Panama', 'es', 'CENTRAL_AMERICA', true, null),
    ('PY', 'PRY', 'Paraguay', 'Paraguay', 'Paraguai', 'Paraguay', 'es', 'SOUTH_AMERICA', true, null),
    ('PE', 'PER', 'Perú', 'Peru', 'Peru', 'Pérou', 'es', 'SOUTH_AMERICA', true, null),
    ('KN', 'KNA', 'San Cristóbal y Nieves', 'Saint Kitts and Nevis', 'São Cristóvão e Névis', 'Saint-Christophe-et-Niévès', 'en', 'CARIBBEAN', true, null),
    ('LC', 'LCA', 'Santa Lucía', 'Saint Lucia', 'Santa Lúcia', 'Sainte-Lucie', 'en', 'CARIBBEAN', true, null),
    ('VC', 'VCT', 'San Vicente y las Granadinas', 'Saint Vincent and the Grenadines', 'São Vicente e Granadinas', 'Saint-Vincent-et-les-Grenadines', 'en', 'CARIBBEAN', true, null),
    ('SR', 'SUR', 'Surinam', 'Suriname', 'Suriname', 'Suriname', 'nl', 'SOUTH_AMERICA', true, null),
    ('TT', 'TTO', 'Trinidad y Tobago', 'Trinidad and Tobago', 'Trinidad e Tobago', 'Trinité-et-Tobago', 'en', 'CARIBBEAN', true, null),
    ('UY', 'URY', 'Uruguay', 'Uruguay', 'Uruguai', 'Uruguay', 'es', 'SOUTH_AMERICA', true, null),
    ('VE', 'VEN', 'Venezuela', 'Venezuela', 'Venezuela', 'Venezuela', 'es', 'SOUTH_AMERICA', true, 'announced its withdrawal from the OAS in 2017 (effective 2019)');
