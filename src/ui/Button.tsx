/**
 * The app's buttons, one look for each role: "primary" for the one action a panel is for,
 * "secondary" for the rest. `buttonClass` gives a link the same look (e.g. "Start the upgrade").
 */
import { useRef, type ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary";
export type ButtonSize = "sm" | "md" | "lg";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-blue-700 font-medium text-white hover:bg-blue-800 focus-visible:outline-blue-700",
  secondary:
    "border border-slate-300 bg-white hover:bg-slate-100 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800",
};

const SIZES: Record<ButtonSize, string> = {
  sm: "px-2.5 py-1 text-sm",
  md: "px-3 py-1.5 text-sm",
  lg: "px-4 py-2",
};

export function buttonClass(
  variant: ButtonVariant = "secondary",
  size: ButtonSize = "md",
  extra = "",
): string {
  return `rounded focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60 ${VARIANTS[variant]} ${SIZES[size]} ${extra}`.trim();
}

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

export function Button({ variant, size, className = "", type = "button", ...rest }: ButtonProps) {
  return <button type={type} className={buttonClass(variant, size, className)} {...rest} />;
}

interface FilePickerProps {
  label: string;
  /** The first file chosen; or every file with `onFiles`. */
  onFile?: (file: File) => void;
  onFiles?: (files: File[]) => void;
  multiple?: boolean;
  accept?: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  disabled?: boolean;
  className?: string;
  /** On the hidden file input, for tests that set files without the system dialog. */
  testId?: string;
}

/**
 * A button that opens the system's file dialog. The input stays out of the tab order and the
 * accessibility tree: the button is what a keyboard or screen-reader user meets.
 */
export function FilePickerButton({
  label,
  onFile,
  onFiles,
  multiple,
  accept,
  testId,
  ...look
}: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button {...look} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        data-testid={testId}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = ""; // the same file can be chosen again after a fix
          if (files[0]) {
            onFile?.(files[0]);
            onFiles?.(files);
          }
        }}
      />
    </>
  );
}
