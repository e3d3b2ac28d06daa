// Word lists for believable B2B company names; combinations, not real companies.
export const NAME_STEMS = [
  'Northwind', 'Bluepeak', 'Ironbridge', 'Silverline', 'Redwood', 'Brightwater', 'Clearpath', 'Summit', 'Harbor',
  'Granite', 'Lumen', 'Keystone', 'Evergreen', 'Cobalt', 'Meridian', 'Sterling', 'Pinnacle', 'Aspen', 'Crescent',
  'Falcon', 'Horizon', 'Juniper', 'Lakeside', 'Maple', 'Nimbus', 'Orchard', 'Pioneer', 'Quartz', 'Riverstone',
  'Sequoia', 'Tidewater', 'Vantage', 'Westfield', 'Zenith', 'Alder', 'Beacon', 'Cascade', 'Driftwood', 'Ember',
  'Foxglove', 'Glacier', 'Highland', 'Indigo', 'Larkspur', 'Monarch', 'Oakridge', 'Prairie', 'Copper', 'Solace',
  'Trident', 'Upland', 'Verdant', 'Willow', 'Arbor', 'Bristol', 'Cinder', 'Dunmore', 'Elmwood', 'Fairhaven',
];

export const NAME_SUFFIXES: Record<string, readonly string[]> = {
  Software: ['Software', 'Labs', 'Systems', 'Cloud', 'Analytics'],
  'Financial services': ['Capital', 'Financial', 'Bank', 'Insurance', 'Partners'],
  Manufacturing: ['Industries', 'Manufacturing', 'Components', 'Machining', 'Fabrication'],
  Healthcare: ['Health', 'Medical', 'Clinics', 'Diagnostics', 'Care'],
  Logistics: ['Logistics', 'Freight', 'Shipping', 'Transport', 'Supply'],
  Retail: ['Retail', 'Outfitters', 'Markets', 'Brands', 'Goods'],
  Energy: ['Energy', 'Power', 'Renewables', 'Utilities', 'Solar'],
  Telecommunications: ['Telecom', 'Networks', 'Communications', 'Connect', 'Wireless'],
  Education: ['Learning', 'Education', 'Academy', 'Institute', 'Schools'],
  'Professional services': ['Consulting', 'Advisory', 'Group', 'Associates', 'Legal'],
};

export const QUALIFIERS = ['Group', 'Holdings', 'International', 'Global', 'Worldwide', 'Partners', 'Ventures', 'Co'];

export const INDUSTRIES = Object.keys(NAME_SUFFIXES);

export const REGIONS = ['North America', 'EMEA', 'APAC', 'LATAM'] as const;
export const REGION_WEIGHTS = [0.5, 0.3, 0.15, 0.05];
export const TLDS_BY_REGION: Record<string, readonly string[]> = {
  'North America': ['com', 'com', 'com', 'io', 'co'],
  EMEA: ['com', 'co.uk', 'de', 'fr', 'nl', 'eu'],
  APAC: ['com', 'com.au', 'co.jp', 'sg', 'in'],
  LATAM: ['com', 'com.br', 'mx', 'cl'],
};

export const SALES_OWNERS = ['Maya Patel', 'Jordan Lee', 'Sofia Alvarez', 'Ethan Brooks', 'Priya Nair', 'Lucas Martin'];
export const MARKETING_OWNERS = ['Hannah Schultz', 'Omar Haddad', 'Grace Kim'];
