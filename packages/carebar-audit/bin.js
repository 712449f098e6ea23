#!/usr/bin/env node
// carebar's auditor, installed with the packages it needs (this package's dependencies).
import 'carebar/auditor/bin';
