import type { Endpoint } from 'payload'

import { registrationAdminEndpoints } from './adminEndpoints'
import { registrationPublicEndpoints } from './publicEndpoints'

/** Registration's endpoints under /api/registration/: the public form's and the admin's. */
export const registrationEndpoints: Endpoint[] = [
  ...registrationPublicEndpoints,
  ...registrationAdminEndpoints,
]
