import 'rolekit/styles.css';

// An inline icon: no /favicon.ico request (and no 404 in the console).
export const metadata = { title: 'rolekit in Next.js', icons: { icon: 'data:,' } };

// No next/font: the build must not fetch anything. rolekit's own font stack applies.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
