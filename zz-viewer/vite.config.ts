import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
export default defineConfig({ root: import.meta.dirname, plugins: [react()], resolve: { conditions: ['@barnets-basta/source', ...defaultClientConditions] }, server: { port: 5391, strictPort: true, fs: { allow: ['..'] } } });
