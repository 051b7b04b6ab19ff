// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from './PanelBoundary';

afterEach(cleanup);

let broken = true;
function Fragile({ text }: { text: string }) {
  if (broken) throw new Error('widget exploded');
  return <p>{text}</p>;
}

describe('PanelBoundary', () => {
  it('shows the failure in place, keeps its siblings, and recovers on "Try again"', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <div>
        <PanelBoundary name="Settings">
          <Fragile text="form is back" />
        </PanelBoundary>
        <p>canvas still here</p>
      </div>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Settings stopped working: widget exploded');
    expect(screen.getByText('canvas still here')).toBeTruthy();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again / 重试' }));
    expect(screen.getByText('form is back')).toBeTruthy();
  });
});
