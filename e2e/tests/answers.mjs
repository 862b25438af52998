// Answer sets shared by the end-to-end tests and the benchmark.

/** Officials' answers for a well-prepared trajectory (the scenario tests' `well_prepared`). */
export const wellPrepared = {
  o_who: 'ask', o_ask: 'maintain', o_hours: 'lt2', o_duration: 'year', o_few: 'many', o_backup: 'plan',
  o_existing: 'build', o_motivation: 'tailored', o_room: 'how', o_motive: 'quality',
  o_voluntary: 'free', o_concerns: 'planned', o_start_when: 'shape', o_relevance: 'theirs', o_support: ['materials', 'contact', 'training', 'info', 'practical', 'rules'],
  o_contact: 'agreed', o_expectations: ['say', 'time', 'when', 'stop'], o_feedback: 'each_step',
  o_reach: 'all', o_offline: 'yes', o_raad_decides: 'no', o_raad: 'told', o_wethouder: 'close', o_horizon: 'long',
  o_mandate: 'mandate', o_resources: 'full', o_team: 'chosen', o_connected: 'joint', o_learning: 'share',
};

/** An official supporting residents' own plan, as a good partner (the plans' `INITIATIVE_BASE`). */
export const supportedInitiative = {
  o_who: 'initiative', o_ask: 'organise', o_hours: 'h2_8', o_duration: 'year', o_few: 'group', o_backup: 'plan',
  o_listen: 'moves', o_voluntary: 'free', o_support: ['materials', 'contact', 'training', 'info', 'practical', 'rules'],
  o_contact: 'agreed', o_init_rules: 'fits', o_reach: 'all', o_raad_decides: 'no', o_raad: 'told', o_wethouder: 'close',
  o_horizon: 'long', o_init_contact: 'mandate', o_init_limits: 'clear', o_resources: 'full', o_init_money: 'flexible',
  o_team: 'chosen', o_init_bridge: 'backed', o_connected: 'joint', o_learning: 'share',
};

/** A resident's answers for a fair invitation (the scenario tests' `fair_invitation`). */
export const fairInvitation = {
  r_task: 'task', r_time: 'monthly', r_until: 'end', r_backup: 'group', r_room: 'own_way', r_worries: 'heard',
  r_motive: 'savings', r_expect: ['say', 'time', 'results'], r_support: ['materials', 'contact', 'practical'],
  r_return: 'fits', r_contact: 'fixed', r_mandate: 'yes', r_agree: 'clear', r_commitment: 'long',
  r_wethouder: 'distant', r_feedback: 'yes', r_info: ['plain', 'timely', 'offline'], r_who: 'broad',
};
