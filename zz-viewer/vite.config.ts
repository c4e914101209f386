import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
export default defineConfig({ root: import.meta.dirname, plugins: [react()], resolve: { alias: process.env.STUB ? { '@barnets-basta/wheel': new URL('./wheel-stub.tsx', import.meta.url).pathname } : {}, conditions: ['@barnets-basta/source', ...defaultClientConditions] }, server: { port: 5391, strictPort: true, fs: { allow: ['..'] } } });
